import Papa from 'papaparse'
import type { Level, UnitValues } from './alpha'

/**
 * Reliability data as a CSV file: a header row of unit ids (its first cell is ignored),
 * then one row per coder with the coder's name in the first cell. An empty cell (or one of
 * white space only) means no value. At the ordinal, interval and ratio levels values are
 * numbers; at the nominal level any text, compared exactly after trimming white space.
 * Malformed files are refused with every problem found, each with its line.
 */

export interface ReliabilityData<V extends string | number> {
  unitIds: string[]
  coders: string[]
  /** values[coder][unit]; null where the coder gave no value. */
  values: (V | null)[][]
}

export interface CsvProblem {
  /** The file's line (from 1) where the problem is; a row's first line when a quoted cell spans lines. */
  line: number
  message: string
}

export type ParsedReliability<V extends string | number> =
  { ok: true; data: ReliabilityData<V> } | { ok: false; problems: CsvProblem[] }

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted cell is never closed (a closing " is missing)',
  InvalidQuotes: 'a quote mark inside a quoted cell must be doubled ("")',
}

interface Row {
  line: number
  cells: string[]
  /** Its quotes are malformed (reported already). */
  broken: boolean
}

/** Rows with the line each starts on; empty lines are skipped. */
function readRows(text: string): { rows: Row[]; problems: CsvProblem[] } {
  // One kind of line break, so that papaparse does not guess from the first one.
  const normal = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n')
  const rows: Row[] = []
  const problems: CsvProblem[] = []
  let cursor = 0
  let line = 1
  let counted = 0
  Papa.parse<string[]>(normal, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: true,
    step: ({ data, errors, meta }) => {
      let start = cursor
      while (normal[start] === '\n') start++
      for (; counted < start; counted++) if (normal[counted] === '\n') line++
      cursor = meta.cursor
      for (const error of errors)
        problems.push({ line, message: QUOTE_PROBLEMS[error.code] ?? error.message })
      rows.push({ line, cells: data.map((cell) => cell.trim()), broken: errors.length > 0 })
    },
  })
  return { rows, problems }
}

/** A cell as messages quote it: line breaks and quotes escaped, so a message stays one line. */
const quoted = (cell: string) => JSON.stringify(cell)

const columnOf = (header: Row, index: number) =>
  header.cells[index] ? `unit ${quoted(header.cells[index])} (column ${index + 1})` : `column ${index + 1}`

export function parseReliabilityCsv(text: string, level: 'nominal'): ParsedReliability<string>
export function parseReliabilityCsv(text: string, level: Exclude<Level, 'nominal'>): ParsedReliability<number>
export function parseReliabilityCsv(text: string, level: Level): ParsedReliability<string | number>
export function parseReliabilityCsv(text: string, level: Level): ParsedReliability<string | number> {
  const { rows, problems } = readRows(text)
  const [header, ...coderRows] = rows
  if (!header || text.replace(/^\uFEFF/, '').trim() === '')
    return {
      ok: false,
      problems: [
        { line: 1, message: 'the file is empty: it needs a header row of unit ids, then one row per coder' },
      ],
    }

  // A header broken by its quotes has swallowed the rows after it: nothing more to say.
  if (header.broken) return { ok: false, problems }
  const unitIds = header.cells.slice(1)
  if (unitIds.length === 0) {
    const separator = /[;\t]/.test(header.cells[0] ?? '') ? ' (cells must be separated by commas)' : ''
    problems.push({
      line: header.line,
      message: `the header row names no units: after its first cell it needs one unit id per column${separator}`,
    })
  }
  const firstColumn = new Map<string, number>()
  unitIds.forEach((id, i) => {
    const column = i + 2
    if (id === '')
      problems.push({ line: header.line, message: `column ${column} of the header has no unit id` })
    else if (firstColumn.has(id))
      problems.push({
        line: header.line,
        message: `unit id ${quoted(id)} appears twice in the header (columns ${firstColumn.get(id)} and ${column}); each unit needs its own id`,
      })
    else firstColumn.set(id, column)
  })
  if (coderRows.length === 0)
    problems.push({
      line: header.line,
      message:
        'there are no coders: below the header row, add one row per coder with the coder’s name in its first cell',
    })

  const coderLine = new Map<string, number>()
  const values: (string | number | null)[][] = []
  for (const row of coderRows) {
    const name = row.cells[0] ?? ''
    if (name === '')
      problems.push({ line: row.line, message: 'the first cell must name the coder, and it is empty' })
    else if (coderLine.has(name))
      problems.push({
        line: row.line,
        message: `coder ${quoted(name)} already has a row (line ${coderLine.get(name)}); give each coder one row`,
      })
    else coderLine.set(name, row.line)
    // A row broken by its quotes has already been reported; its cells mean nothing.
    if (row.broken) continue
    if (row.cells.length !== header.cells.length) {
      problems.push({
        line: row.line,
        message: `${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'}, but the header has ${header.cells.length}: each row needs the coder’s name, then one cell per unit (empty for no value)`,
      })
      continue
    }
    values.push(
      row.cells.slice(1).map((cell, i) => {
        if (cell === '') return null
        if (level === 'nominal') return cell
        const where = columnOf(header, i + 1)
        const number = NUMBER.test(cell) ? Number(cell) : Number.NaN
        if (!Number.isFinite(number)) {
          problems.push({
            line: row.line,
            message: Number.isNaN(number)
              ? `${where}: ${quoted(cell)} is not a number; at the ${level} level every value must be a number`
              : `${where}: ${cell} is too large to be a number`,
          })
          return null
        }
        if (level === 'ratio' && number < 0)
          problems.push({
            line: row.line,
            message: `${where}: ${cell} is negative; ratio values are measured from zero and cannot be negative`,
          })
        return number
      }),
    )
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) }
  return { ok: true, data: { unitIds, coders: [...coderLine.keys()], values } }
}

/** The data unit by unit (one array of the coders' values per unit), as alpha takes it. */
export function unitsOf<V extends string | number>(data: ReliabilityData<V>): UnitValues<V>[] {
  return data.unitIds.map((_, unit) => data.values.map((row) => row[unit] ?? null))
}
