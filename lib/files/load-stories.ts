import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseStory } from '../story/story'
import { StoryDataError, type Story } from '../story/story-check'

/**
 * Reads and checks every story file in a folder, for tests and tools; the app reads its
 * stories from the store (lib/store). Messages name files relative to the working
 * directory, as an author would type them.
 */
export function loadStoriesFrom(dir: string): Story[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  const problems: string[] = []
  const stories: Story[] = []
  const fileById = new Map<string, string>()
  for (const name of files) {
    const fullPath = path.join(dir, name)
    const label = path.relative(process.cwd(), fullPath) || name
    try {
      const story = parseStory(label, readFileSync(fullPath, 'utf8'))
      const other = fileById.get(story.id)
      if (other) {
        problems.push(`${label}: story id "${story.id}" is already used by ${other}`)
        continue
      }
      fileById.set(story.id, label)
      stories.push(story)
    } catch (error) {
      if (error instanceof StoryDataError) problems.push(...error.problems)
      else throw error
    }
  }
  if (problems.length > 0) throw new StoryDataError(problems)
  return stories
}
