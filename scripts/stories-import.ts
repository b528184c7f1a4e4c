/**
 * `npm run stories:import -- FILE… [--replace]`
 *
 * Imports story files into the store. Every file is read and checked first; if any is
 * refused, nothing is written. All files are then written in one transaction.
 */
import { parseArgs } from 'node:util'
import type { Story } from '../lib/story/story-check'
import { readStoryFile } from '../lib/store/story-files'
import { CommandError } from '../lib/commands/errors'
import { cliActor } from '../lib/commands/history'
import { checkForStore, writeStory } from '../lib/commands/stories/import'
import { report, UsageError, withStore } from './store-cli'

const USAGE = 'usage: npm run stories:import -- FILE… [--replace]'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (positionals.length === 0) throw new UsageError(`${USAGE}\n(expected at least one story file)`)

  const problems: string[] = []
  const stories: { label: string; story: Story }[] = []
  const seen = new Map<string, string>()
  for (const file of positionals) {
    try {
      const { label, text } = readStoryFile(file)
      const story = checkForStore(label, text)
      const other = seen.get(story.id)
      if (other) problems.push(`${label}: story id "${story.id}" is also the id of ${other}`)
      seen.set(story.id, label)
      stories.push({ label, story })
    } catch (error) {
      if (error instanceof Error && 'problems' in error) problems.push(...(error.problems as string[]))
      else throw error
    }
  }
  if (problems.length > 0) {
    process.stderr.write(
      `Nothing imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}\n`,
    )
    process.exitCode = 1
    return
  }

  await withStore(async (store) => {
    const actor = cliActor()
    const lines = await store.db.transaction(async (tx) => {
      const out: string[] = []
      for (const { label, story } of stories) {
        const { replaced } = await writeStory(tx, story, { replace: values.replace, actor }).catch(
          (error) => {
            if (error instanceof CommandError && error.code === 'conflict')
              throw new CommandError(
                'conflict',
                `${label}: story "${story.id}" is already in the store. Nothing was imported. To overwrite it, add --replace.`,
              )
            throw error
          },
        )
        out.push(
          replaced
            ? `Replaced story "${story.id}" (version ${replaced.version}, ${replaced.statements} statements) with ${label} (${story.statements.length} statements).`
            : `Imported story "${story.id}" from ${label} (${story.statements.length} statements).`,
        )
      }
      return out
    })
    process.stdout.write(`${lines.join('\n')}\n`)
  })
}

main().catch(report)
