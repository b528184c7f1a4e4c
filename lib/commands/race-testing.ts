import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect } from 'vitest'
import { startPostgres, type PostgresServer } from '../../scripts/postgres-server'
import { openStore, type Store } from '../store/db'
import { CommandError } from './errors'
import { importStoryText } from './stories/import'
import { SEED_ID } from './testing'
import { fromStoreError } from './transaction'

/**
 * Two app instances on one PostgreSQL server, for a test file that races them: a server
 * of its own, and two stores on it (each its own pool of connections, as `openStore` gives
 * every app process), opened at once and seeded; both closed and the server removed after.
 */
export function twoInstances(use: (one: Store, two: Store) => void) {
  let server: PostgresServer | undefined
  let stores: Store[] = []
  beforeAll(async () => {
    server = await startPostgres()
    // Opened at once, as two instances start: each migrates under the advisory lock.
    stores = await Promise.all([
      openStore({ databaseUrl: server.url }),
      openStore({ databaseUrl: server.url }),
    ])
    const seed = path.join(__dirname, '..', '..', 'data', 'stories', `${SEED_ID}.json`)
    await importStoryText(stores[0]!.db, 'seed.json', readFileSync(seed, 'utf8'), { actor: 'seed' })
    use(stores[0]!, stores[1]!)
  })
  afterAll(async () => {
    await Promise.allSettled(stores.map((store) => store.close()))
    if (!server) return
    // pg's pool.end() resolves before its connections have said goodbye: wait for them, so
    // the server's shutdown does not reach a closing connection as an uncaught error.
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    const others = async () =>
      (
        await client.query(
          "select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
        )
      ).rows[0].n as number
    for (const until = Date.now() + 30_000; Date.now() < until && (await others()) > 0;) await pause(100)
    await client.end()
    await server.stop()
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sends the two at once, one a few random milliseconds behind, so either may win. */
export async function atOnce<A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  const lag = Math.random() * 20
  return Math.random() < 0.5
    ? Promise.all([first(), pause(lag).then(second)])
    : Promise.all([pause(lag).then(first), second()])
}

export interface Outcome {
  status: number
  code?: string
  message?: string
}

/** What the route wrapper (route.ts) answers for the command's result or refusal. */
export async function outcome(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work
    return { status: 200 }
  } catch (caught) {
    const error = fromStoreError(caught)
    if (error instanceof CommandError)
      return { status: error.status, code: error.code, message: error.message }
    return { status: 500, message: String(error) }
  }
}

/** "200 + 409 conflict" and the like, counted over the tries, for the report. */
function tally(rounds: Outcome[][]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const round of rounds) {
    const key = round
      .map((o) => (o.code ? `${o.status} ${o.code}` : String(o.status)))
      .sort()
      .join(' + ')
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

/** One line for the log: how many tries, how long, and how they ended. */
export function report(name: string, rounds: Outcome[][], started: number) {
  console.log(
    `${name}: ${rounds.length} tries in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    JSON.stringify(tally(rounds)),
  )
}

/** A refusal a person can read: a sentence, no object, no SQL state. */
export function inWords(o: Outcome) {
  expect(o.status, o.message).not.toBe(500)
  if (o.status === 200) return
  expect(o.message).toMatch(/^[A-Z“].{20,}[.!?]$/)
  expect(o.message).not.toMatch(/\[object|SQLSTATE|violates|deadlock|serializ/i)
}
