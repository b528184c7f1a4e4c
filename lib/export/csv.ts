import { UNKNOWN } from '../story/codebook'
import { mainStanceOf } from '../view/claim-rows'
import type { StatementFilters } from '../view/filters'
import { permalink } from '../view/permalink'
import type { StatementRow } from '../view/view-model'

/**
 * CSV export of statement rows: RFC 4180 (CRLF, quoted where needed), UTF-8 with a
 * byte-order mark so Excel reads the curly quotes, and formula-looking cells neutralised.
 */

export const BOM = '\uFEFF'

export type Cell = string | number

/** The story page's address without query or hash: permalinks are built on it. */
export interface CsvContext {
  pageUrl: string
}

/** The claim a claim filter names, as the export's extra columns give it. */
export interface CsvClaim {
  id: string
  wording: string
}

export const CSV_COLUMNS: readonly (readonly [string, (row: StatementRow, context: CsvContext) => Cell])[] = [
  ['perspective', (row) => row.perspectiveLabel],
  ['speaker', (row) => row.speaker],
  ['role', (row) => row.role ?? ''],
  ['kind', (row) => row.kind],
  ['statement', (row) => row.text],
  // The stance on the story's main claim, whichever claim the rows are shown against; both
  // cells empty for a statement that does not address it.
  ['stance', (row) => mainStanceOf(row).stance ?? ''],
  ['stance label', (row) => mainStanceOf(row).label ?? ''],
  ['attribution', (row) => row.attribution],
  ['source publisher', (row) => row.source.publisher ?? UNKNOWN],
  ['source title', (row) => row.source.title ?? UNKNOWN],
  // A plain ISO date; whether it was inferred is its own column, last.
  ['source date', (row) => row.source.date.iso ?? UNKNOWN],
  ['source URL', (row) => row.source.url ?? UNKNOWN],
  ['caveats', (row) => row.caveats.join(' | ')],
  ['anchor start', (row) => row.anchor.start],
  ['anchor end', (row) => row.anchor.end],
  // New columns go last, so that the columns of older exports keep their positions.
  ['statement id', (row) => row.id],
  ['permalink', (row, { pageUrl }) => permalink(pageUrl, row.id)],
  ['channel', (row) => row.channel],
  ['source date inferred', (row) => (row.source.date.inferred ? 'yes' : 'no')],
  // When it was said: its own date, or the source's (then "statement date inferred" is yes).
  ['statement date', (row) => row.date.iso ?? UNKNOWN],
  ['statement date inferred', (row) => (row.date.inferred ? 'yes' : 'no')],
]

const CSV_HEADER = CSV_COLUMNS.map(([name]) => name)

/**
 * With a claim filter set, the export appends the claim and each row's stance on it, after
 * every other column, so the columns of an export without a claim keep their positions.
 */
export const CLAIM_HEADER = ['claim id', 'claim', 'claim stance', 'claim stance label'] as const
const claimCells = (row: StatementRow, claim: CsvClaim): Cell[] => [
  claim.id,
  claim.wording,
  row.stance ?? '',
  row.stanceLabel ?? '',
]

/**
 * A cell a spreadsheet would run as a formula gets a leading `'`. Only the first character
 * counts, whatever follows on later lines. Numbers (the anchors) are never prefixed.
 */
const FORMULA_START = /^[=+\-@\t\r]/
/** Quoted when holding a delimiter, quote, line break or BOM, or edged by a space. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/
const QUOTE = /"/g

export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value)
  if (FORMULA_START.test(value)) return `"'${value.replace(QUOTE, '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value
}

const CSV_HEADER_LINE = CSV_HEADER.map(csvCell).join(',') + '\r\n'

/**
 * Written by hand rather than through a CSV library: at 50,000 rows building the text is
 * most of an export's time, and one pass of string joins is several times faster than a
 * general writer. The bytes are the same as papaparse's `unparse` with these settings
 * (csv-parity.test.ts checks both against each other).
 */
export function statementsToCsv(
  rows: readonly StatementRow[],
  { bom = true, pageUrl, claim = null }: { bom?: boolean; pageUrl: string; claim?: CsvClaim | null },
): string {
  const context = { pageUrl }
  const lines = new Array<string>(rows.length + 1)
  lines[0] =
    (bom ? BOM : '') +
    (claim ? `${CSV_HEADER_LINE.slice(0, -2)},${CLAIM_HEADER.map(csvCell).join(',')}\r\n` : CSV_HEADER_LINE)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    let line = ''
    for (let c = 0; c < CSV_COLUMNS.length; c++)
      line += (c ? ',' : '') + csvCell(CSV_COLUMNS[c]![1](row, context))
    if (claim) for (const cell of claimCells(row, claim)) line += ',' + csvCell(cell)
    lines[i + 1] = line + '\r\n'
  }
  // RFC 4180 ends every record, the last included, with CRLF.
  return lines.join('')
}

/**
 * A speaker's statements across stories, in the order given: the story's id and title
 * first, then the story CSV's columns, each permalink on its own story's page.
 */
export function speakerStatementsToCsv(
  items: readonly { storyId: string; storyTitle: string; row: StatementRow }[],
  { bom = true, origin }: { bom?: boolean; origin: string },
): string {
  let text = (bom ? BOM : '') + ['story id', 'story title', ...CSV_HEADER].map(csvCell).join(',') + '\r\n'
  for (const { storyId, storyTitle, row } of items) {
    const context = { pageUrl: `${origin}/stories/${encodeURIComponent(storyId)}` }
    text +=
      [storyId, storyTitle, ...CSV_COLUMNS.map(([, cell]) => cell(row, context))].map(csvCell).join(',') +
      '\r\n'
  }
  return text
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

/** The active filters as file-name parts, named as in the URL: stance-rejects, q-afghanistan. */
function filterParts(filters: StatementFilters | undefined): string[] {
  if (!filters) return []
  const parts: string[] = []
  const add = (name: string, values: readonly string[]) => {
    if (values.length > 0) parts.push(`${name}-${values.map(fileNamePart).join('-')}`)
  }
  add('perspective', filters.perspective)
  add('stance', filters.stance)
  add('kind', filters.kind)
  add('attribution', filters.channel ? [filters.channel] : [])
  add('from', filters.from ? [filters.from] : [])
  add('to', filters.to ? [filters.to] : [])
  add('claim', filters.claim ? [filters.claim] : [])
  const q = filters.q.trim()
  // A long search would make an unwieldy name; its first words say enough.
  if (q) parts.push(`q-${fileNamePart(q).slice(0, 40).replace(/-+$/, '')}`)
  return parts
}

/**
 * e.g. pakistan-afghanistan-militancy-2023_pakistani-officials_2026-11-27.csv; a filtered
 * export names its filters: …_all_2026-11-27_stance-rejects_q-afghanistan.csv
 */
export function exportFileName(
  storyId: string,
  scope: string,
  date: Date,
  { filters, extension = 'csv' }: { filters?: StatementFilters; extension?: 'csv' | 'json' } = {},
): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-')
  const parts = [fileNamePart(storyId), fileNamePart(scope), day, ...filterParts(filters)]
  return `${parts.join('_')}.${extension}`
}
