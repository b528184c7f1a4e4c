import { createHash } from 'node:crypto'
import { checkStory, type Story } from './story-check'

/** Parses and checks one story file's text, and names the exact bytes it came from. */
export function parseStory(file: string, text: string): Story {
  const story = checkStory(file, text)
  return { ...story, contentHash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}` }
}
