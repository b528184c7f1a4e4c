/**
 * `npm run --silent extract -- <file>` (or `-` for standard input): drafts the statements
 * of an article and prints them as JSON, `{ "statements": [ … ] }`. Errors go to stderr
 * with a non-zero exit status, and nothing to stdout.
 */
import { extractStatements } from '../lib/extract/extract'
import { fail, readArticle, UsageError } from './read-article'

const USAGE = 'usage: npm run --silent extract -- <article.txt | ->'

try {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  if (args.length !== 1) throw new UsageError(`${USAGE}\n(expected one file, got ${args.length})`)
  const { text } = readArticle(args[0]!)
  process.stdout.write(`${JSON.stringify({ statements: extractStatements(text) }, null, 2)}\n`)
} catch (error) {
  fail(error)
}
