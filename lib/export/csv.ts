import Papa from 'papaparse'
import { UNKNOWN } from '../story/codebook'
import type { StatementRow } from '../view/view-model'

/**
 * CSV export of statement rows: RFC 4180 (CRLF, quoted where needed), UTF-8 with a
 * byte-order mark so Excel reads the curly quotes, and formula-looking cells neutralised.
 */

export const BOM = '\uFEFF'

type Cell = string | number

const CSV_COLUMNS: readonly (readonly [string, (row: StatementRow) => Cell])[] = [
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
 * papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so a
 * multi-line cell such as "=HYPERLINK(…)\nx" slips through; this pattern checks only the
 * first character. Numbers (the anchors) are never prefixed.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function statementsToCsv(rows: readonly StatementRow[], { bom = true } = {}): string {
  const csv = Papa.unparse(
    { fields: CSV_HEADER, data: rows.map((row) => CSV_COLUMNS.map(([, value]) => value(row))) },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  )
  // RFC 4180 ends every record, the last included, with CRLF. papaparse already ends a
  // header-only file with one (a quoted last cell can never end in a bare CRLF).
  return (bom ? BOM : '') + (csv.endsWith('\r\n') ? csv : csv + '\r\n')
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
