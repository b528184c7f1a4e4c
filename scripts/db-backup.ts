/**
 * `npm run db:backup -- FILE`: saves the whole store in the portable format (gzipped JSON
 * lines, lib/store/backup), the same from PGlite and from Postgres, readable by its owner
 * only. Works while the app runs on PGlite: the app reads the store (lib/admin).
 */
import { runAdmin } from '../lib/admin/client'
import { createBackupFile } from '../lib/store/backup/files'
import { report, sayOnly, UsageError } from './store-cli'

async function main() {
  const [file, ...rest] = process.argv.slice(2)
  if (!file || rest.length > 0) throw new UsageError('usage: npm run db:backup -- FILE')
  const writer = await createBackupFile(file)
  const said: string[] = []
  try {
    await runAdmin(
      'db:backup',
      { file },
      { ...sayOnly, say: (text) => said.push(text), line: writer.line, data: writer.text },
    )
    await writer.done()
    // Said once the file is whole and in place.
    for (const text of said) process.stdout.write(`${text}\n`)
  } catch (error) {
    await writer.abandon()
    throw error
  }
}

main().catch(report)
