/**
 * `npm run db:move -- --to postgres://…`: moves the embedded store (the PGlite folder,
 * PGLITE_DIR or .data) into an empty Postgres database: one machine to a team.
 * `npm run db:move -- --from postgres://…`: back, into an empty or new PGlite folder.
 * Every table is copied (but sign-ins and rate-limit counters) and compared row for row;
 * the original is left as it was.
 */
import { parseArgs } from 'node:util'
import { refuseWhileAppRuns } from '../lib/admin/client'
import { moveStore } from '../lib/store/backup/move'
import { report, UsageError } from './store-cli'

const USAGE =
  'usage: npm run db:move -- --to postgres://USER:PASSWORD@HOST:PORT/DATABASE\n' +
  '       npm run db:move -- --from postgres://USER:PASSWORD@HOST:PORT/DATABASE   (into the PGlite folder)'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { to: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  const url = values.to ?? values.from
  if (positionals.length > 0 || (values.to === undefined) === (values.from === undefined) || !url)
    throw new UsageError(`${USAGE}\n(give one of --to or --from)`)
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new UsageError(`${USAGE}\n(the server's address starts with postgres://)`)
  await refuseWhileAppRuns(
    'db:move',
    'a change made during the move would be left behind. Stop the app, run db:move again, then start the app on the new store.',
  )
  const log = (m: string) => process.stderr.write(`${m}\n`)
  const moved = await moveStore(values.to ? { to: url } : { from: url }, { waitMs: 10_000, log })
  const total = Object.values(moved.rows).reduce((a, b) => a + b, 0)
  process.stdout.write(
    `Moved ${total} rows in ${Object.keys(moved.rows).length} tables from ${moved.from} to ${moved.to}, and compared them row for row: identical.\n` +
      (values.to
        ? `Run the app on the server from now on: DATABASE_URL=… npm start (the same address). The folder ${moved.from} is left as it was; keep it until you are sure, then remove it.\n` +
          'Everyone signs in again (sign-ins are not moved).\n'
        : `Run the app on the folder from now on: start it without DATABASE_URL (PGLITE_DIR=${moved.to} if it is not .data). The database is left as it was.\n` +
          'Everyone signs in again (sign-ins are not moved).\n'),
  )
}

main().catch(report)
