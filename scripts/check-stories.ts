/**
 * Run by `npm run build`: every file in the story folder (data/stories, or STORIES_DIR)
 * must pass the store's file checks and the story check, or the build stops, naming each
 * file, statement and field. The build itself never opens the store.
 */
import { readFileSync } from 'node:fs'
import { StoryDataError } from '../lib/story/story-check'
import { storiesDir } from '../lib/store/app-store'
import { listStoryFiles, labelOf, storyText } from '../lib/store/story-files'
import { checkForStore } from '../lib/commands/stories/import'

const dir = storiesDir()
const { files, refused } = listStoryFiles(dir)
const problems = [...refused]
const owner = new Map<string, string>()
for (const file of files) {
  const label = labelOf(file)
  try {
    const story = checkForStore(label, storyText(label, readFileSync(file)))
    const other = owner.get(story.id)
    if (other) problems.push(`${label}: story id "${story.id}" is already used by ${other}`)
    owner.set(story.id, label)
  } catch (error) {
    if (error instanceof StoryDataError) problems.push(...error.problems)
    else throw error
  }
}
if (problems.length > 0) {
  process.stderr.write(`${new StoryDataError(problems).message}\n`)
  process.exit(1)
}
process.stdout.write(
  `Checked ${files.length} story file${files.length === 1 ? '' : 's'} in ${labelOf(dir)}.\n`,
)
