import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseStory } from '../story/story'
import { StoryDataError, type Story } from '../story/story-check'

/**
 * Reads every story file at build time. The folder can be pointed elsewhere with
 * STORIES_DIR (for generated test data); messages name files relative to the
 * working directory, as an author would type them.
 */
export function storiesDir(): string {
  // Read only at build time; the ignore comment keeps the bundler from tracing the whole
  // project into the server output because of a computed path.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.STORIES_DIR ?? path.join(process.cwd(), 'data', 'stories'),
  )
}

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

let cache: Story[] | undefined

/** All stories, loaded once per process; any invalid file stops the build. */
export function loadStories(): Story[] {
  cache ??= loadStoriesFrom(storiesDir())
  return cache
}

export function findStory(slug: string): Story | undefined {
  return loadStories().find((story) => story.id === slug)
}
