import type { Output } from '../lib/admin/commands'
import { isPlain } from '../lib/admin/errors'
import { openStore, type Store } from '../lib/store/db'
import { errorText } from '../lib/store/error-text'

export { UsageError } from '../lib/admin/commands'

export function report(error: unknown): void {
  // Anything else in words first (never "[object Object]" or "Aborted()"), then where it came from.
  const trace = error instanceof Error ? (error.stack?.split('\n').slice(1).join('\n') ?? '') : ''
  process.stderr.write(
    `${isPlain(error) ? error.message : `${errorText(error)}${trace ? `\n${trace}` : ''}`}\n`,
  )
  // 2: the command was asked for what it does not do (as before, a restore into a store in use).
  process.exitCode =
    error instanceof Error && ['UsageError', 'StoreNotEmptyError'].includes(error.name) ? 2 : 1
  // A damaged store is left open (closing would write to it), and would keep the process up.
  if (error instanceof Error && error.name === 'StoreCorruptError') process.exit(1)
}

/** Output of a command that only talks: its lines on standard output. */
export const sayOnly: Output = {
  say: (text) => void process.stdout.write(`${text}\n`),
  file: () => Promise.reject(new Error('this command writes no files')),
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
