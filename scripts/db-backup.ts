/**
 * `npm run db:backup -- FILE`: saves the whole store in the portable format (gzipped JSON
 * lines, lib/store/backup), the same from PGlite and from Postgres, readable by its owner
 * only. Works while the app runs on PGlite: the app copies its folder for the tool to read
 * (lib/admin/backup.ts).
 */
import { backupToFile } from '../lib/admin/backup'
import { report, UsageError } from './store-cli'

async function main() {
  const [file, ...rest] = process.argv.slice(2)
  if (!file || rest.length > 0) throw new UsageError('usage: npm run db:backup -- FILE')
  const { where, rows } = await backupToFile(file)
  const total = Object.values(rows).reduce((a, b) => a + b, 0)
  process.stdout.write(
    `Saved the store in ${where} to ${file}: ${total} rows in ${Object.keys(rows).length} tables.\n`,
  )
}

main().catch(report)
