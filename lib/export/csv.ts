import { UNKNOWN } from '../story/codebook'
import type { StatementRow } from '../view/view-model'

/**
 * CSV export of statement rows: RFC 4180 (CRLF, quoted where needed), UTF-8 with a
 * byte-order mark so Excel reads the curly quotes, and formula-looking cells neutralised.
 */

export const BOM = '\uFEFF'

type Cell = string | number

export const CSV_COLUMNS: readonly (readonly [string, (row: StatementRow) => Cell])[] = [
  ['perspective', (row) => row.perspectiveLabel],
  ['speaker', (row) => row.speaker],
  ['role', (row) => row.role ?? ''],
  ['kind', (row) => row.kind],
  ['statement', (row) => row.text],
  ['stance', (row) => row.stance],
  ['stance label', (row) => row.stanceLabel],
  ['attribution', (row) => row.attribution],
  ['source publisher', (row) => row.source.publisher ?? UNKNOWN],
  ['source title', (row) => row.source.title ?? UNKNOWN],
  ['source date', (row) => row.source.date.plain],
  ['source URL', (row) => row.source.url ?? UNKNOWN],
  ['caveats', (row) => row.caveats.join(' | ')],
  ['anchor start', (row) => row.anchor.start],
  ['anchor end', (row) => row.anchor.end],
  // Last, so that files exported before drafts existed keep their column positions.
  ['review', (row) => row.review],
]

const CSV_HEADER = CSV_COLUMNS.map(([name]) => name)

/**
 * A cell a spreadsheet would run as a formula gets a leading `'`. Only the first character
 * counts, whatever follows on later lines. Numbers (the anchors) are never prefixed.
 */
const FORMULA_START = /^[=+\-@\t\r]/
/** Quoted when holding a delimiter, quote, line break or BOM, or edged by a space. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/
const QUOTE = /"/g

function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value)
  if (FORMULA_START.test(value)) return `"'${value.replace(QUOTE, '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value
}

const CSV_HEADER_LINE = CSV_HEADER.map(csvCell).join(',') + '\r\n'

/**
 * Written by hand rather than through a CSV library: at 50,000 rows building the text is
 * most of an export's time, and one pass of string joins is several times faster than a
 * general writer. The bytes are the same as papaparse's `unparse` with these settings
 * (csv.test.ts checks both against each other).
 */
export function statementsToCsv(rows: readonly StatementRow[], { bom = true } = {}): string {
  const lines = new Array<string>(rows.length + 1)
  lines[0] = (bom ? BOM : '') + CSV_HEADER_LINE
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    let line = ''
    for (let c = 0; c < CSV_COLUMNS.length; c++) line += (c ? ',' : '') + csvCell(CSV_COLUMNS[c]![1](row))
    lines[i + 1] = line + '\r\n'
  }
  // RFC 4180 ends every record, the last included, with CRLF.
  return lines.join('')
}

/** Lower-case, hyphenated, ASCII-safe piece of a file name. */
export function fileNamePart(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'export'
}

/**
 * e.g. pakistan-afghanistan-militancy-2023_pakistani-officials_2026-11-27.csv; a filtered
 * export says so: …_pakistani-officials_filtered_2026-11-27.csv
 */
export function exportFileName(
  storyId: string,
  scope: string,
  date: Date,
  { filtered = false, extension = 'csv' }: { filtered?: boolean; extension?: 'csv' | 'json' } = {},
): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-')
  const parts = [fileNamePart(storyId), fileNamePart(scope), ...(filtered ? ['filtered'] : []), day]
  return `${parts.join('_')}.${extension}`
}
