import '../server-only'
import { readFileSync } from 'node:fs'
import { StoryDataError } from '../../story/story-check'
import { SEED_LOCK, type Store } from '../../store/db'
import { storyStamps } from '../../store/read'
import { errorText } from '../../store/error-text'
import { labelOf, listStoryFiles, storyText } from '../../store/story-files'
import { CommandError } from '../errors'
import { importStoryText } from './import'

/**
 * Seeding on start: each story file in the folder whose id is not in the store yet is
 * imported. A story already there is left alone (the analyst's edits win). A bad file is
 * not imported, and the log names it and its problem; the other stories still load.
 */
export interface SeedReport {
  imported: string[]
  kept: string[]
  problems: string[]
}

function idOf(text: string): string | undefined {
  const id = (JSON.parse(text) as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : undefined
}

export async function seedFrom(store: Store, dir: string): Promise<SeedReport> {
  const report: SeedReport = { imported: [], kept: [], problems: [] }
  const listing = listStoryFiles(dir)
  report.problems.push(...listing.refused)
  // Instances starting at once take turns, so each file is imported once.
  await store.exclusive(SEED_LOCK, async (db) => {
    const known = new Set((await storyStamps(db)).map((s) => s.id))
    for (const file of listing.files) {
      const label = labelOf(file)
      try {
        const text = storyText(label, readFileSync(file))
        const id = idOf(text)
        if (id !== undefined && known.has(id)) {
          report.kept.push(`${label}: story "${id}" is already in the store; the stored story is kept`)
          continue
        }
        const { story } = await importStoryText(db, label, text, { actor: 'seed' })
        known.add(story.id)
        report.imported.push(`${label}: imported story "${story.id}" (${story.statements.length} statements)`)
      } catch (error) {
        if (error instanceof StoryDataError) report.problems.push(...error.problems)
        else if (error instanceof CommandError && error.code === 'conflict')
          report.kept.push(`${label}: ${error.message}; the stored story is kept`)
        else report.problems.push(`${label}: ${errorText(error)}`)
      }
    }
  })
  return report
}
