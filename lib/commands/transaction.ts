import './server-only'
import { is } from 'drizzle-orm'
import { PgTransaction } from 'drizzle-orm/pg-core'
import type { StoreDb } from '../store/db'
import { CommandError } from './errors'

/**
 * The one way a command writes: one transaction, all or nothing. Every command runs in
 * here, so a stricter isolation level, row locks taken up front or a retry after a
 * serialization failure go in this one place. The store's own refusals (a key taken, a
 * row gone under a reference) come out as refusals in words, never as a bare 500.
 *
 * Concurrency (two instances on one Postgres): a command locks the rows its check rests
 * on before it checks (`select … for update`, or `for key share` on a row it only points
 * at), always in the same order, so the second of two commands waits and then checks what
 * the first one left. A rule over rows that may not exist yet takes `serializable`.
 * PostgreSQL may still refuse one of two crossing transactions (a serialization failure,
 * 40001, or a deadlock, 40P01): the whole command is then run again, a few times, with a
 * short random pause; past that the editor gets a 409 conflict in words.
 */

export interface TransactionOptions {
  /**
   * SERIALIZABLE: of two transactions whose reads and writes cross, PostgreSQL lets one
   * commit and refuses the other, which runs again and sees the first one's change.
   */
  isolation?: 'serializable'
}

/** How often a command is run in all when PostgreSQL refuses it for a concurrent one. */
export const ATTEMPTS = 5

export async function inTransaction<T>(
  db: StoreDb,
  work: (tx: StoreDb) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  // Inside a caller's transaction this is a savepoint: a refusal there aborts the whole
  // transaction, so only the outermost one may run again.
  const nested = is(db, PgTransaction)
  const config = options.isolation && !nested ? { isolationLevel: options.isolation } : undefined
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work, config)
    } catch (error) {
      if (nested || attempt >= ATTEMPTS || !concurrent(error)) throw fromStoreError(error)
      // Apart, at random: two commands refused together do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt))
    }
  }
}

/** PostgreSQL's SQLSTATE of an error, through drizzle's wrapping (and a refusal made of one). */
function sqlState(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

/** Refused only because another transaction crossed it: worth running again. */
const concurrent = (error: unknown) => ['40001', '40P01'].includes(sqlState(error) ?? '')

/** A refusal made from the store's error, which it keeps as its cause (a caller's retry reads it). */
const refusalFrom = (store: unknown, message: string) =>
  Object.assign(new CommandError('conflict', message), { cause: store })

export function fromStoreError(error: unknown): unknown {
  if (error instanceof CommandError) return error
  // Matched by name: the store’s own copy of the write lane (lib/store/write-lane.ts) made it,
  // not the copy a route’s bundle imports.
  if (error instanceof Error && error.name === 'StoreBusyError')
    return new CommandError('busy', error.message, { retryAfter: 5 })
  switch (sqlState(error)) {
    case '23505':
      return refusalFrom(error, 'Someone else just saved the same thing. Reload the page to see it.')
    case '23503':
      return refusalFrom(
        error,
        'Something this change refers to was removed or changed by someone else meanwhile. Reload the page and try again.',
      )
    case '40001':
    case '40P01':
      return refusalFrom(
        error,
        'Others were saving the same things at the same moment, and your change was not saved. Try again.',
      )
    default:
      return error
  }
}
