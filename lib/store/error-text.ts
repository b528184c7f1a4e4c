/**
 * Anything thrown, as words for a person. PGlite runs Postgres compiled to WebAssembly:
 * its file errors are plain objects ({ name: 'ErrnoError', errno: 44 }, which String()
 * makes "[object Object]"), and when the engine itself gives up it throws "Aborted()".
 * Neither may reach a user or an operator as it is.
 */

// Emscripten's own errno numbers (not the host's), for the file errors PGlite meets.
const ERRNO: Record<number, string> = {
  2: 'permission denied',
  10: 'the file is busy',
  20: 'a file is already there',
  28: 'an invalid argument',
  29: 'a read or write failed (I/O error)',
  31: 'a folder is where a file should be',
  44: 'a file or folder is missing',
  51: 'the disk is full',
  54: 'a file is where a folder should be',
  55: 'a folder is not empty',
  63: 'the operation is not permitted',
  69: 'the file system is read-only',
}

const ABORTED = /^(RuntimeError: )?Aborted\((.*)\)\.?/s

function plainObject(value: object): string | undefined {
  const { name, errno, message, code } = value as Record<string, unknown>
  if (name === 'ErrnoError' && typeof errno === 'number')
    return `a file operation failed: ${ERRNO[errno] ?? `error number ${errno}`}`
  if (typeof message === 'string' && message.trim()) return message
  if (typeof code === 'string' && code.trim()) return `error ${code}`
  return undefined
}

export function errorText(error: unknown): string {
  let text: string | undefined
  if (error instanceof Error) text = error.message.trim() || plainObject(error) || error.name
  else if (typeof error === 'string') text = error.trim()
  else if (error !== null && typeof error === 'object') text = plainObject(error)
  else if (error !== undefined && error !== null) text = String(error)
  if (!text || text === '[object Object]') return 'an unknown error (nothing was said about it)'
  const aborted = ABORTED.exec(text)
  if (aborted) {
    const detail = aborted[2]?.trim()
    return `the database engine (PGlite) stopped on an internal error${detail ? `: ${detail}` : ''}`
  }
  return text
}
