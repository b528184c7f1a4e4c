import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { migrationsDir, type Store } from './db'

/**
 * Whether this process can serve: its store open, answering, and migrated to every
 * migration this code ships. For a load balancer, so the reason is in words and never
 * names a folder, a host or a password: those go to the server's log.
 */

export type Health = { ok: true } | { ok: false; reason: string }

/** How long a health check waits for the store before answering that it does not answer. */
export const HEALTH_WAIT_MS = 5_000

/** The newest migration this code ships: drizzle records each applied one by its `when`. */
function newestMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsDir(), 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[]
  }
  return Math.max(...journal.entries.map((entry) => entry.when))
}

/** Checks an open store: it answers a query, and holds every migration of this code. */
export async function storeHealth(store: Store): Promise<Health> {
  let applied: number | null
  try {
    const result = await store.db.execute(
      sql`select max(created_at)::bigint as newest from drizzle.__drizzle_migrations`,
    )
    // Both drivers (PGlite's and node-postgres) answer with { rows }.
    const { rows } = result as unknown as { rows: { newest: string | number | null }[] }
    applied = rows[0]?.newest == null ? null : Number(rows[0].newest)
  } catch (error) {
    logOnce(error)
    return { ok: false, reason: openingProblem(error) }
  }
  if (applied === null || applied < newestMigration())
    return {
      ok: false,
      reason:
        'The store is not migrated to this version of the app: run "npm run db:migrate", or restart the app.',
    }
  return { ok: true }
}

/**
 * The error and its causes: drizzle wraps a driver's error ("Failed query: …") in its own,
 * and a connection tried on several addresses fails with each in an AggregateError.
 */
function* causes(error: unknown, depth = 0): Generator<unknown> {
  if (error == null || depth > 4) return
  yield error
  if (error instanceof AggregateError) for (const each of error.errors) yield* causes(each, depth + 1)
  yield* causes((error as { cause?: unknown }).cause, depth + 1)
}

/** The reason an opening or a query failed, in words a load balancer's log can carry. */
export function openingProblem(error: unknown): string {
  for (const cause of causes(error)) {
    const name = cause instanceof Error ? cause.name : ''
    const code = (cause as { code?: unknown }).code
    if (name === 'StoreLockedError') return 'The store is held by another process.'
    if (name === 'StoreCorruptError')
      return 'The store is damaged and was not opened; the server log says what to do.'
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH')
      return 'The database server cannot be reached.'
    if (code === '28P01' || code === '28000') return 'The database server refused the credentials.'
    if (code === '3D000') return 'The database does not exist on the server.'
    if (code === '57P01' || code === '57P03') return 'The database server is shutting down or starting up.'
    // A server stopping mid-query resets the socket; a client it dropped refuses further queries.
    if (code === 'ECONNRESET' || code === 'EPIPE') return 'The database server closed the connection.'
    if (cause instanceof Error && /^Connection terminated|connection error and is not queryable/.test(cause.message))
      return 'The database server closed the connection.'
  }
  return 'The store cannot be used; the server log says why.'
}

/**
 * The health of the store `open` gives, within `waitMs`: an opening or a query that takes
 * longer answers that the store is busy, rather than keeping the load balancer waiting.
 */
export async function healthWithin(open: () => Promise<Store>, waitMs = HEALTH_WAIT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Health>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          reason: `The store did not answer within ${waitMs / 1000} s: it is starting or busy.`,
        }),
      waitMs,
    )
  })
  const check = open().then(storeHealth, (error: unknown): Health => {
    logOnce(error)
    return { ok: false, reason: openingProblem(error) }
  })
  try {
    return await Promise.race([check, late])
  } finally {
    clearTimeout(timer)
  }
}

let lastLogged = ''
/** The full error (with its folder or host) goes to the log, once per distinct message. */
function logOnce(error: unknown) {
  // Drizzle's "Failed query: …" says nothing of why: the driver's error, with its code, is a cause.
  const message = [...causes(error)]
    .map((cause) => {
      const code = (cause as { code?: unknown }).code
      return (cause instanceof Error ? cause.message : String(cause)) + (code ? ` (${String(code)})` : '')
    })
    .join(' ← ')
  if (message === lastLogged) return
  lastLogged = message
  console.error(`Health: ${message}`)
}
