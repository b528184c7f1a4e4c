/**
 * `npm run stories:import -- FILE… [--replace]`
 *
 * Imports story files into the store. Every file is read and checked first; if any is
 * refused, nothing is written. All files are then written in one transaction. Works
 * while the app runs on PGlite: the app writes them (lib/admin).
 */
import { parseArgs } from 'node:util'
import { runAdmin } from '../lib/admin/client'
import { cliActor } from '../lib/commands/history'
import { readStoryFile } from '../lib/store/story-files'
import { labelOf } from '../lib/store/story-files'
import { report, sayOnly, UsageError } from './store-cli'

const USAGE = 'usage: npm run stories:import -- FILE… [--replace]'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (positionals.length === 0) throw new UsageError(`${USAGE}\n(expected at least one story file)`)

  const files = positionals.map((file) => {
    try {
      return readStoryFile(file)
    } catch (error) {
      if (error instanceof Error && 'problems' in error)
        return { label: labelOf(file), problems: error.problems as string[] }
      throw error
    }
  })
  await runAdmin('stories:import', { files, replace: values.replace ?? false, actor: cliActor() }, sayOnly)
}

main().catch(report)
