import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { StoryDataError } from '../story/story-check'

/**
 * Reading story files from disk, refusing loudly what the JSON parser would let through
 * or what is easy to mistake for a story file. Each refusal names the file and the problem.
 */

/** A story file over this size is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

const refuse = (label: string, problem: string): never => {
  throw new StoryDataError([`${label}: ${problem}`])
}

export const labelOf = (file: string) => path.relative(process.cwd(), file) || file

/** Why a path cannot be a story file (by its name and kind), or undefined if it can. */
export function nameProblem(file: string): string | undefined {
  const name = path.basename(file)
  let stats
  try {
    stats = statSync(file)
  } catch {
    return 'no such file'
  }
  if (stats.isDirectory()) return 'is a folder, not a story file'
  if (!stats.isFile()) return 'is not a regular file'
  if (!name.endsWith('.json')) {
    return /\.json/i.test(name)
      ? 'is not a story file name: story files end in ".json", in lower case, and nothing after it'
      : 'is not a story file: story files end in ".json"'
  }
  return undefined
}

export interface Listing {
  files: string[]
  /** Files and folders refused by name, each "label: problem". */
  refused: string[]
}

/** The story files directly in `dir`; anything else there, except hidden files, is refused. */
export function listStoryFiles(dir: string): Listing {
  const files: string[] = []
  const refused: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.endsWith('.json')) {
      refused.push(
        `${labelOf(full)}: is a folder; story files must sit directly in ${labelOf(dir)}, not in subfolders`,
      )
      continue
    }
    const problem = nameProblem(full)
    if (problem) refused.push(`${labelOf(full)}: ${problem}`)
    else files.push(full)
  }
  return { files, refused }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`
}

/** Finds a key repeated within one object of valid JSON text: JSON.parse keeps the last silently. */
export function duplicateKey(text: string): { key: string; position: number } | undefined {
  const stack: (Set<string> | null)[] = []
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') {
      let j = i + 1
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const top = stack.at(-1)
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string
        if (top.has(key)) return { key, position: i }
        top.add(key)
        expectKey = false
      }
      i = j
    } else if (ch === '{') {
      stack.push(new Set())
      expectKey = true
    } else if (ch === '[') {
      stack.push(null)
    } else if (ch === '}' || ch === ']') {
      stack.pop()
    } else if (ch === ',') {
      expectKey = stack.at(-1) instanceof Set
    }
  }
  return undefined
}

/** Checks the bytes of a story file and returns its text, or throws naming the problem. */
export function storyText(label: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES)
    refuse(label, `the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 50 MB`)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    refuse(label, 'starts with a byte-order mark; save it as UTF-8 without one')
  }
  let text = ''
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Decoded leniently, the first replacement character marks the first bad byte.
    const lenient = new TextDecoder().decode(bytes)
    const bad = lenient.indexOf('\uFFFD')
    refuse(label, `is not valid UTF-8: bad byte at ${lineAndColumn(lenient, bad)}; save it as UTF-8`)
  }
  try {
    JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const match = /position (\d+)/.exec(message)
    const position = match ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : undefined
    refuse(
      label,
      `invalid JSON${position === undefined ? '' : ` at ${lineAndColumn(text, position)}`}: ${message}`,
    )
  }
  const duplicate = duplicateKey(text)
  if (duplicate) {
    refuse(
      label,
      `key "${duplicate.key}" appears twice in one object, at ${lineAndColumn(text, duplicate.position)}`,
    )
  }
  return text
}

/** Reads one story file given by path, refusing bad names, bytes and JSON. */
export function readStoryFile(file: string): { label: string; text: string } {
  const label = labelOf(file)
  const problem = nameProblem(file)
  if (problem) refuse(label, problem)
  if (statSync(file).size > MAX_FILE_BYTES) {
    refuse(label, `the file is ${(statSync(file).size / 1048576).toFixed(1)} MB; the limit is 50 MB`)
  }
  return { label, text: storyText(label, readFileSync(file)) }
}
