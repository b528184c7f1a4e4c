import { readFileSync } from 'node:fs'
import { ArticleInputError, decodeArticle } from '../lib/extract/article-input'

/** The bytes of an article file, or of standard input for "-", checked and decoded. */
export function readArticle(file: string): { text: string; name: string } {
  const { bytes, name } = readInput(file)
  return { text: decodeArticle(bytes, name), name }
}

/** The bytes of a file, or of standard input for "-", with what a tool calls it in messages. */
export function readInput(file: string): { bytes: Uint8Array; name: string } {
  const name = file === '-' ? 'standard input' : file
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file === '-' ? 0 : file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ArticleInputError(`${name}: no such file`)
    if (code === 'EISDIR') throw new ArticleInputError(`${name}: is a directory, not a text file`)
    if (code === 'EACCES') throw new ArticleInputError(`${name}: permission denied`)
    throw new ArticleInputError(`${name}: cannot be read (${code ?? String(error)})`)
  }
  return { bytes, name }
}

/** Print a tool's error on stderr and exit non-zero; anything unexpected keeps its stack. */
export function fail(error: unknown): never {
  const known =
    error instanceof Error &&
    ['ArticleInputError', 'CommandError', 'StoryDataError', 'UsageError', 'ReliabilityDataError'].includes(
      error.name,
    )
  process.stderr.write(
    `${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(known && error instanceof Error && error.name === 'UsageError' ? 2 : 1)
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
