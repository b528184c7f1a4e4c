import type { StatementRow } from './view-model'
import { formatIsoDate } from './source-date'

// The range's rules live apart (date-range.ts); the timeline's users find them here too.
export { describeRange, hasRange, type DateRange } from './date-range'

/**
 * The timeline: statements in the order they were said, grouped by day, the undated last
 * under "Date unknown". A statement's date is its own, else its source's (inferred); see
 * statementDateView. Sorted here, once: the view renders the groups as given.
 */

export const DATE_UNKNOWN = 'Date unknown'

/** Entries the timeline draws at once; a large story shows more on request, not 50,000 at first paint. */
export const TIMELINE_PAGE = 50

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day as YYYY-MM-DD (not 2024-02-31), for the URL's `from` and `to`. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const DAY_MS = 86_400_000
/**
 * Days since 1970-01-01: the chart's x and the unit of its periods. Worked out from the
 * digits (the civil-calendar formula), not Date.parse: the chart places 50,000 of them
 * on every change of range.
 */
export function dayNumber(iso: string): number {
  const y0 =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    iso.charCodeAt(3) -
    48
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48
  // Years start in March, so the leap day falls last.
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** Date order: earliest first, undated last; then by source number and place in the source. */
export function compareByDate(a: StatementRow, b: StatementRow): number {
  const x = a.date.iso
  const y = b.date.iso
  if (x !== y) {
    if (x === null) return 1
    if (y === null) return -1
    return x < y ? -1 : 1
  }
  return a.source.number - b.source.number || a.anchor.start - b.anchor.start
}

export interface TimelineGroup {
  /** YYYY-MM-DD, or null for the "Date unknown" group. */
  iso: string | null
  /** "4 Mar 2024", or "Date unknown". */
  heading: string
  rows: StatementRow[]
}

/** A story's rows in date order: sorted once per story, then filtered keeping the order. */
export const sortByDate = (rows: readonly StatementRow[]): StatementRow[] => [...rows].sort(compareByDate)

const dateOrders = new WeakMap<readonly StatementRow[], Int32Array>()

/**
 * The rows' indexes in date order, worked out once per rows array: the filters walk the
 * rows in this order (lib/view/filters.ts), so the timeline's rows come out already sorted.
 */
export function dateOrder(rows: readonly StatementRow[]): Int32Array {
  let order = dateOrders.get(rows)
  if (!order) {
    order = Int32Array.from(rows.keys()).sort((a, b) => compareByDate(rows[a]!, rows[b]!) || a - b)
    dateOrders.set(rows, order)
  }
  return order
}

/** Rows as the timeline shows them: one group per day, undated last. */
export const timelineGroups = (rows: readonly StatementRow[]): TimelineGroup[] => groupByDay(sortByDate(rows))

/** Rows already in date order, grouped by day. */
export function groupByDay(sorted: readonly StatementRow[]): TimelineGroup[] {
  const groups: TimelineGroup[] = []
  for (const row of sorted) {
    const last = groups[groups.length - 1]
    if (last && last.iso === row.date.iso) last.rows.push(row)
    else
      groups.push({
        iso: row.date.iso,
        heading: row.date.iso === null ? DATE_UNKNOWN : formatIsoDate(row.date.iso),
        rows: [row],
      })
  }
  return groups
}
