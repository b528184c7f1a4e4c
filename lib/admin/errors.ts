/**
 * Errors whose message is written for the person at the terminal: shown as they are,
 * without a stack, whichever process the command ran in.
 */
const PLAIN = new Set([
  'StoryDataError',
  // A write command's refusal (lib/commands/errors), in the user's words.
  'CommandError',
  'StoreLockedError',
  'StoreCorruptError',
  'StoreBusyError',
  'StoreNotEmptyError',
  'UsageError',
  'ArticleInputError',
  'CommandRefusedError',
  'BackupFormatError',
  'RestoreRefusedError',
  'AppRunningError',
  'AdminCommandError',
  'MoveMismatchError',
])

export const isPlain = (error: unknown): error is Error => error instanceof Error && PLAIN.has(error.name)

/** An error sent back over the admin socket, with its name, so the tool reports it alike. */
export function namedError(name: string, message: string): Error {
  const error = new Error(message)
  error.name = name
  return error
}
