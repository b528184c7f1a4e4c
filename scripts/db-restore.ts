/**
 * `npm run db:restore -- FILE`: loads a backup made by db:backup into an empty store: on
 * PGlite an empty or missing data folder, on Postgres a database without stories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { pgliteDir } from '../lib/store/db'
import { acquireLock } from '../lib/store/lock'
import { storyStamps } from '../lib/store/read'
import { pgProgram, run } from './db-tools'
import { report, UsageError, withStore } from './store-cli'

async function main() {
  const [file, ...rest] = process.argv.slice(2)
  if (!file || rest.length > 0) throw new UsageError('usage: npm run db:restore -- FILE')
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`)
  const url = process.env.DATABASE_URL
  if (url) {
    await withStore(async (store) => {
      const stories = await storyStamps(store.db)
      if (stories.length > 0)
        throw new UsageError(
          `The store in ${store.where} holds ${stories.length} stories; restore only into an empty one.`,
        )
      run(pgProgram('pg_restore'), ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, file])
    })
  } else {
    const dir = pgliteDir()
    if (existsSync(dir) && readdirSync(dir).length > 0)
      throw new UsageError(`${dir} is not empty; restore only into an empty or new folder (set PGLITE_DIR).`)
    const release = await acquireLock(dir, { waitMs: 10_000 })
    try {
      const { PGlite } = await import('@electric-sql/pglite')
      const db = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) })
      await db.close()
    } finally {
      release()
    }
    // Opened once more the ordinary way: it migrates, should the backup be older.
    await withStore(async () => {})
  }
  if (!process.exitCode) process.stdout.write(`Restored ${file}.\n`)
}

main().catch(report)
