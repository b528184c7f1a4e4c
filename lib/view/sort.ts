import { STANCES, type Stance } from '../story/codebook'
import { speakerSortKey } from './speaker-key'
import type { StatementRow } from './view-model'

/**
 * The one place rows are ordered. Comparators for the statement columns, ascending,
 * and `sortRows`, which orders a table's rows from its URL sort state: the tables
 * render what it returns, and exports read the same arrays.
 */

/**
 * A text's sort key: case, accents and apostrophes folded away and every number padded
 * to a fixed width, so plain code-unit comparison orders "Ma’arij" with "maarij" and
 * "4 days" before "23 soldiers". Comparing keys is many times faster than a collator,
 * which keeps a 50,000-row sort within a frame budget.
 */
export function textSortKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʻ`´]/g, '')
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(15, '0'))
}

// Keys are computed once per row, on the first sort that needs them.
const speakerKeys = new WeakMap<StatementRow, string>()
function speakerKey(row: StatementRow): string {
  let key = speakerKeys.get(row)
  if (key === undefined) speakerKeys.set(row, (key = textSortKey(speakerSortKey(row.speaker))))
  return key
}

/** Computes a row's text sort keys ahead of the first sort (see lib/view/idle.ts). */
export function prepareSortKeys(row: StatementRow): void {
  speakerKey(row)
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const compareText = (a: string, b: string): number => compareKeys(textSortKey(a), textSortKey(b))

const STANCE_RANKS = Object.fromEntries(STANCES.map((stance, index) => [stance, index])) as Record<
  Stance,
  number
>

/**
 * The codebook's scale order, not the alphabet: supports < mixed < neutral < rejects, and a
 * blank stance (the statement does not address the claim) after all of them.
 */
export const stanceRank = (stance: Stance | null): number =>
  stance === null ? STANCES.length : STANCE_RANKS[stance]

/** A stance's rank in a sort's direction: descending reverses the scale, the blank stays last. */
const stanceKey = (desc: boolean) => (row: StatementRow) =>
  row.stance === null
    ? STANCES.length
    : desc
      ? STANCES.length - 1 - STANCE_RANKS[row.stance]
      : STANCE_RANKS[row.stance]

/** Speaker: people by surname, bodies by name, honorifics and articles aside. */
export const compareSpeaker = (a: StatementRow, b: StatementRow): number =>
  compareKeys(speakerKey(a), speakerKey(b))

/** Statement: where it stands in the story's sources (in their numbered order), not the alphabet. */
export const compareStatement = (a: StatementRow, b: StatementRow): number =>
  a.source.number - b.source.number || a.anchor.start - b.anchor.start

export const compareStance = (a: StatementRow, b: StatementRow): number =>
  stanceRank(a.stance) - stanceRank(b.stance)

/** Source: by date (unknown dates after known ones), then publisher (unknown last). */
export const compareSource = (a: StatementRow, b: StatementRow): number => {
  const dateA = a.source.date.iso
  const dateB = b.source.date.iso
  if (dateA !== dateB) {
    if (dateA === null) return 1
    if (dateB === null) return -1
    return dateA < dateB ? -1 : 1
  }
  const pubA = a.source.publisher
  const pubB = b.source.publisher
  if (pubA === pubB) return 0
  if (pubA === null) return 1
  if (pubB === null) return -1
  return compareText(pubA, pubB)
}

/** Camps in the story's own order, not alphabetically. */
const comparePerspective = (a: StatementRow, b: StatementRow): number =>
  a.perspectiveIndex - b.perspectiveIndex

export const statementComparators = {
  perspective: comparePerspective,
  speaker: compareSpeaker,
  statement: compareStatement,
  stance: compareStance,
  source: compareSource,
} as const

export type SortColumn = keyof typeof statementComparators

/** The sortable column ids, derived from the comparators so the two never disagree. */
export const SORT_COLUMNS = Object.keys(statementComparators) as SortColumn[]

export const isSortColumn = (id: string): id is SortColumn => (SORT_COLUMNS as string[]).includes(id)

export interface ColumnSort {
  id: SortColumn
  desc: boolean
}

/** Whether sorting by this column would leave the order as it is: every value ties. */
export function sortChangesNothing(rows: readonly StatementRow[], column: SortColumn): boolean {
  const compare = statementComparators[column]
  return rows.every((row) => compare(row, rows[0]!) === 0)
}

/** Whether a table's sort leaves its rows as they are: its first column ties on every row. */
export function sortIsIdle(rows: readonly StatementRow[], sorting: readonly ColumnSort[]): boolean {
  return sorting.length > 0 && rows.length > 1 && sortChangesNothing(rows, sorting[0]!.id)
}

/**
 * Each column's sort key where one value per row orders it (a small integer, a number or
 * a folded string); Source compares two fields and keeps its comparator. Keys are read once per
 * row per sort instead of twice per comparison.
 */
const RANKS: Partial<Record<SortColumn, (row: StatementRow) => number>> = {
  perspective: (row) => row.perspectiveIndex,
  stance: stanceKey(false),
}
/** Columns whose key keeps some values last whichever the direction: it takes the direction itself. */
const DIRECTED: Partial<Record<SortColumn, (desc: boolean) => (row: StatementRow) => number>> = {
  stance: stanceKey,
}
const KEYS: Partial<Record<SortColumn, (row: StatementRow) => string | number>> = {
  speaker: speakerKey,
  // Source number, then offset in it: both well under 2^20 and 2^32, so one exact number.
  statement: (row) => row.source.number * 2 ** 32 + row.anchor.start,
}

/**
 * A sort on one small-integer column (stance, perspective) is a stable bucket pass: O(n),
 * no comparisons, ties in the order the rows came in.
 */
function bucketSort(
  rows: readonly StatementRow[],
  rank: (row: StatementRow, index: number) => number,
  desc: boolean,
) {
  const buckets: StatementRow[][] = []
  rows.forEach((row, index) => (buckets[rank(row, index)] ??= []).push(row))
  if (desc) buckets.reverse()
  const sorted: StatementRow[] = []
  for (const bucket of buckets) if (bucket) for (const row of bucket) sorted.push(row)
  return sorted
}

/**
 * The rows ordered by each sort in turn (descending reverses that key only); ties keep
 * the order the rows came in, which is the story's own. With no sort the same array
 * comes back, so an unsorted table keeps its identity between renders.
 */
export function sortRows(
  rows: readonly StatementRow[],
  sorting: readonly ColumnSort[],
): readonly StatementRow[] {
  if (sorting.length === 0 || rows.length < 2) return rows
  const directed = sorting.length === 1 ? DIRECTED[sorting[0]!.id] : undefined
  if (directed) return bucketSort(rows, directed(sorting[0]!.desc), false)
  const only = sorting.length === 1 ? RANKS[sorting[0]!.id] : undefined
  if (only) return bucketSort(rows, only, sorting[0]!.desc)
  const key = sorting.length === 1 ? KEYS[sorting[0]!.id] : undefined
  if (key && sorting[0]!.id === 'speaker') return byDistinctKeys(rows, key, sorting[0]!.desc)
  const keys = sorting.map((sort) => {
    const directed = DIRECTED[sort.id]?.(sort.desc)
    const key = directed ?? RANKS[sort.id] ?? KEYS[sort.id]
    const values = key ? rows.map((row) => key(row)) : null
    const compare = values
      ? (a: number, b: number) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0)
      : (a: number, b: number) => statementComparators[sort.id](rows[a]!, rows[b]!)
    return { compare, sign: sort.desc && !directed ? -1 : 1 }
  })
  const order = rows.map((_, index) => index)
  order.sort((a, b) => {
    for (const { compare, sign } of keys) {
      const result = compare(a, b)
      if (result !== 0) return sign * result
    }
    return a - b
  })
  return order.map((index) => rows[index]!)
}

/** A camp's own table has no Perspective column: a sort on it is left out there. */
export function sortsForTable(sorting: readonly ColumnSort[], withPerspective: boolean): ColumnSort[] {
  return withPerspective ? [...sorting] : sorting.filter((sort) => sort.id !== 'perspective')
}

/**
 * A sort on a text column whose values repeat (a speaker speaks many times): the few
 * distinct keys are sorted, then the rows placed by their key's rank in one stable pass.
 * At 12,500 rows and a few hundred speakers, that is a small sort instead of a large one.
 */
function byDistinctKeys(
  rows: readonly StatementRow[],
  key: (row: StatementRow) => string | number,
  desc: boolean,
): StatementRow[] {
  const values = rows.map(key)
  const distinct = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const rank = new Map(distinct.map((value, i) => [value, i]))
  const ranks = values.map((value) => rank.get(value)!)
  return bucketSort(rows, (_, index) => ranks[index]!, desc)
}

/**
 * `sortRows` remembered per table: a table whose rows and sort did not change gets the
 * same array back, so at 50,000 statements a sort in one camp does not re-sort the others.
 */
export function createTableSorter() {
  const last = new Map<
    string,
    { rows: readonly StatementRow[]; key: string; sorted: readonly StatementRow[] }
  >()
  return (tableId: string, rows: readonly StatementRow[], sorting: readonly ColumnSort[]) => {
    const key = JSON.stringify(sorting)
    const hit = last.get(tableId)
    if (hit && hit.rows === rows && hit.key === key) return hit.sorted
    const sorted = sortRows(rows, sorting)
    last.set(tableId, { rows, key, sorted })
    return sorted
  }
}
