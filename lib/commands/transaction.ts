import './server-only'
import type { StoreDb } from '../store/db'
import { CommandError } from './errors'

/**
 * The one way a command writes: one transaction, all or nothing. Every command runs in
 * here, so a stricter isolation level, row locks taken up front or a retry after a
 * serialization failure go in this one place. The store's own refusals (a key taken, a
 * row gone under a reference) come out as refusals in words, never as a bare 500.
 */
export async function inTransaction<T>(db: StoreDb, work: (tx: StoreDb) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work)
  } catch (error) {
    throw fromStoreError(error)
  }
}

/** PostgreSQL's SQLSTATE of an error, through drizzle's wrapping. */
function sqlState(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

export function fromStoreError(error: unknown): unknown {
  if (error instanceof CommandError) return error
  // Matched by name: the store's own copy of the write lane made it (lib/web/store-busy.ts).
  if (error instanceof Error && error.name === 'StoreBusyError')
    return new CommandError('busy', error.message, { retryAfter: 5 })
  switch (sqlState(error)) {
    case '23505':
      return new CommandError(
        'conflict',
        'Someone else just saved the same thing. Reload the page to see it.',
      )
    case '23503':
      return new CommandError(
        'conflict',
        'Something this change refers to was removed or changed by someone else meanwhile. Reload the page and try again.',
      )
    case '40001':
    case '40P01':
      return new CommandError('conflict', 'Someone else was saving at the same moment. Try again.')
    default:
      return error
  }
}
