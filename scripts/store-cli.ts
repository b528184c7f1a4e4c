import { openStore, type Store } from '../lib/store/db'

/** Errors whose message is meant for the user as it is: printed without a stack. */
const PLAIN = [
  'StoryDataError',
  'StoreLockedError',
  'StoreCorruptError',
  'UsageError',
  'ArticleInputError',
  // A write command's refusal, in the user's words (lib/commands/errors).
  'CommandError',
]

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export function report(error: unknown): void {
  const plain = error instanceof Error && PLAIN.includes(error.name)
  process.stderr.write(
    `${plain ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exitCode = error instanceof Error && error.name === 'UsageError' ? 2 : 1
  // A damaged store is left open (closing would write to it), and would keep the process up.
  if (error instanceof Error && error.name === 'StoreCorruptError') process.exit(1)
}

/**
 * Runs a command against the store: opened (created and migrated if empty), waiting up
 * to 10 s for a PGlite folder another process holds, and always closed at the end.
 */
export async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  let store: Store | undefined
  try {
    store = await openStore({ waitMs: 10_000, log: (message) => process.stderr.write(`${message}\n`) })
    await run(store)
  } catch (error) {
    report(error)
  } finally {
    await store?.close()
  }
}
