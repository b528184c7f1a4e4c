/**
 * `npm run db:restore -- FILE`: loads a backup into an empty store (an empty or new PGlite
 * folder, or a database without data): the portable format of db:backup, from either
 * store, and the backups made before it (a PGlite folder dump, a pg_dump file).
 */
import { existsSync } from 'node:fs'
import { refuseWhileAppRuns } from '../lib/admin/client'
import { restoreBackup } from '../lib/store/backup/restore'
import { report, UsageError } from './store-cli'

async function main() {
  const [file, ...rest] = process.argv.slice(2)
  if (!file || rest.length > 0) throw new UsageError('usage: npm run db:restore -- FILE')
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`)
  await refuseWhileAppRuns(
    'db:restore',
    'a backup is restored only into an empty store, never into one in use. Restore into a new folder (PGLITE_DIR=… npm run db:restore -- FILE), then stop the app and start it on that folder.',
  )
  const restored = await restoreBackup(file, { waitMs: 10_000, log: (m) => process.stderr.write(`${m}\n`) })
  const total = Object.values(restored.rows).reduce((a, b) => a + b, 0)
  const kind =
    restored.kind === 'portable'
      ? ''
      : restored.kind === 'pg-dump'
        ? ' (a pg_dump backup)'
        : ' (a PGlite folder dump)'
  process.stdout.write(
    `Restored ${file}${kind} into ${restored.where}: ${total} rows in ${Object.keys(restored.rows).length} tables` +
      `${restored.migrated ? `, then migrated from schema ${restored.schema}` : ''}.\n`,
  )
}

main().catch(report)
