/**
 * `npm run --silent alpha -- --level nominal|ordinal|interval|ratio FILE.csv` (or `-` for
 * standard input): Krippendorff's alpha of reliability data (lib/agreement). The last line
 * of the output is alpha to three decimals, or `undefined`; the lines before it give the
 * counts and, when alpha is undefined, why. A malformed file is refused on stderr, each
 * problem with its line, and a non-zero exit.
 */
import { formatAlpha, krippendorffAlpha, LEVELS, type Level } from '../lib/agreement/alpha'
import { parseReliabilityCsv, unitsOf } from '../lib/agreement/reliability-csv'
import { firstInvalidUtf8 } from '../lib/extract/article-input'
import { fail, readInput, UsageError } from './read-article'

const USAGE = `usage: npm run --silent alpha -- --level ${LEVELS.join('|')} <reliability-data.csv | ->`
/** Problems listed before the rest are only counted. */
const SHOWN = 20

class ReliabilityDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReliabilityDataError'
  }
}

function parseArgs(args: string[]): { level: Level; file: string } {
  let level: string | undefined
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--level') {
      level = args[++i]
      if (level === undefined) throw new UsageError(`${USAGE}\n(--level needs a value)`)
    } else if (arg.startsWith('--level=')) level = arg.slice('--level='.length)
    else if (arg.startsWith('--')) throw new UsageError(`${USAGE}\n(unknown option ${arg})`)
    else files.push(arg)
  }
  if (level === undefined) throw new UsageError(`${USAGE}\n(--level is required)`)
  if (!(LEVELS as readonly string[]).includes(level))
    throw new UsageError(`${USAGE}\n(the level "${level}" is not one of ${LEVELS.join(', ')})`)
  if (files.length !== 1) throw new UsageError(`${USAGE}\n(expected one file, got ${files.length})`)
  return { level: level as Level, file: files[0]! }
}

function decode(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0)
  if (nul >= 0)
    throw new ReliabilityDataError(
      `${name}: this looks like a binary file (a NUL byte at offset ${nul}); give a CSV file`,
    )
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0)
    throw new ReliabilityDataError(
      `${name}: the text is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8 and try again`,
    )
  return new TextDecoder('utf-8').decode(bytes)
}

try {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  const { level, file } = parseArgs(args)
  const { bytes, name } = readInput(file)
  const parsed = parseReliabilityCsv(decode(bytes, name), level)
  if (!parsed.ok) {
    const shown = parsed.problems
      .slice(0, SHOWN)
      .map(({ line, message }) => `${name}: line ${line}: ${message}`)
    const more = parsed.problems.length - shown.length
    if (more > 0) shown.push(`${name}: and ${more} more ${more === 1 ? 'problem' : 'problems'}`)
    throw new ReliabilityDataError(shown.join('\n'))
  }
  const result = krippendorffAlpha(unitsOf(parsed.data), level)
  const lines = [
    `level: ${level}`,
    `coders: ${parsed.data.coders.length}`,
    `units: ${result.units} (${result.pairableUnits} pairable, ${result.singleValueUnits} coded by one coder only, ${result.emptyUnits} with no value)`,
    `pairable values: ${result.pairableValues}`,
  ]
  if (result.observedDisagreement !== null && result.expectedDisagreement !== null)
    lines.push(
      `observed disagreement: ${result.observedDisagreement.toPrecision(6)}`,
      `expected disagreement: ${result.expectedDisagreement.toPrecision(6)}`,
    )
  if (result.undefinedReason) lines.push(`alpha is undefined: ${result.undefinedReason.message}`)
  lines.push(formatAlpha(result))
  process.stdout.write(`${lines.join('\n')}\n`)
} catch (error) {
  fail(error)
}
