/**
 * `npm run db:backup -- FILE`: saves the whole store. On PGlite, its own dump of the data
 * folder (a gzipped tar); on Postgres, pg_dump's custom format.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { pgProgram, run } from './db-tools'
import { report, UsageError, withStore } from './store-cli'

const [file, ...rest] = process.argv.slice(2)

withStore(async (store) => {
  if (!file || rest.length > 0) throw new UsageError('usage: npm run db:backup -- FILE')
  const temporary = `${file}.${process.pid}.tmp`
  if (store.pglite) {
    const dump = await store.pglite.dumpDataDir('gzip')
    writeFileSync(temporary, new Uint8Array(await dump.arrayBuffer()))
  } else {
    run(pgProgram('pg_dump'), ['--format=custom', `--file=${temporary}`, process.env.DATABASE_URL!])
  }
  renameSync(temporary, file)
  process.stdout.write(`Saved the store in ${store.where} to ${file}.\n`)
}).catch(report)
