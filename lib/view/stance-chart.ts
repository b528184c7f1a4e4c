import { NO_STANCE, STANCE_FACETS, STANCES, type Stance, type StanceFacet } from '../story/codebook'
import { dayNumber, isoOfDay, type DateRange } from './timeline'
import type { StatementRow } from './view-model'

/**
 * Stance over time: the model of the chart above the timeline. One row per camp, days
 * along x, one mark per reviewed, dated statement coloured by its stance. Where marks are
 * too many to tell apart they become counts per stance per period; narrowing the date
 * range (the chart zooms to it) brings single marks back.
 */

export interface ChartMark {
  id: string
  /** The camp's position in the story: its chart row. */
  camp: number
  day: number
  /** null: the statement does not address the claim shown (drawn apart from the stances). */
  stance: Stance | null
  inferred: boolean
  /** Place in its camp's stack of marks on the same day, 0 at the axis. */
  stack: number
  /** How many marks its camp has on that day. */
  of: number
}

export interface ChartBin {
  camp: number
  /** First and last day of the period, inclusive (the last clipped to the domain). */
  start: number
  end: number
  /** Per stance, and `none` for statements that do not address the claim shown. */
  counts: Record<StanceFacet, number>
  total: number
}

export type ChartModel =
  | {
      mode: 'marks'
      domain: [number, number]
      marks: ChartMark[]
      maxStack: number
      /** Columns of stacks a day holds: more than one when zoomed in far enough. */
      columns: number
      count: number
    }
  | {
      mode: 'bins'
      domain: [number, number]
      period: Period
      bins: ChartBin[]
      maxTotal: number
      count: number
    }

export interface Period {
  days: number
  /** "day", "week", "30 days", "quarter (91 days)" */
  name: string
}

export const PERIODS: readonly Period[] = [
  { days: 1, name: 'day' },
  { days: 7, name: 'week' },
  { days: 30, name: '30 days' },
  { days: 91, name: '91 days' },
  { days: 365, name: '365 days' },
]

/** The chart's width in its own units before the page has measured it, as the server draws it. */
export const CHART_WIDTH = 900
/** Room for the camps' names on the left, and a margin on the right. */
export const CHART_LEFT = 170
export const CHART_RIGHT = 40
export const plotWidth = (width: number): number => width - CHART_LEFT - CHART_RIGHT

/** The days the chart spans: the range where set, else the story's dated extent. */
export function chartDomain(extent: [number, number], range: DateRange): [number, number] {
  const first = range.from ? dayNumber(range.from) : extent[0]
  const last = range.to ? dayNumber(range.to) : extent[1]
  return [first, Math.max(first, last)]
}

/** Above this many marks in view, or more on one camp's day than fit, the chart counts instead. */
export const MAX_MARKS = 1_000
/** Marks in one stack, and the width of a stack's column in pixels. */
export const MAX_STACK = 6
export const COLUMN_PX = 8
/** A period gets at least this many pixels, so its bar can be seen and pressed. */
const MIN_BIN_PX = 12

/** The rows the chart can place: the dated ones (a story's statements are all reviewed; drafts live in reviews). */
export function chartable(rows: readonly StatementRow[]): StatementRow[] {
  return rows.filter((row) => row.date.iso !== null)
}

/** First and last day of any dated row: the chart's full extent. Null when none is dated. */
export function dayExtent(rows: readonly StatementRow[]): [number, number] | null {
  let min = Infinity
  let max = -Infinity
  for (const row of rows) {
    if (row.date.iso === null) continue
    const day = dayNumber(row.date.iso)
    if (day < min) min = day
    if (day > max) max = day
  }
  return min === Infinity ? null : [min, max]
}

/**
 * The chart for the rows shown (already filtered, date range included) over `domain`,
 * `width` pixels wide: single marks when they fit, counts per period when not.
 */
export function chartModel(
  rows: readonly StatementRow[],
  domain: [number, number],
  width: number,
): ChartModel {
  let dated = 0
  for (const row of rows) if (row.date.iso !== null) dated++
  if (dated > MAX_MARKS) return binned(rows, domain, width)
  const placed = chartable(rows)
  const stacks = new Map<string, number>()
  let maxStack = 0
  const marks: ChartMark[] = []
  for (const row of placed) {
    const day = dayNumber(row.date.iso!)
    const key = `${row.perspectiveIndex}:${day}`
    const stack = stacks.get(key) ?? 0
    stacks.set(key, stack + 1)
    if (stack + 1 > maxStack) maxStack = stack + 1
    marks.push({
      id: row.id,
      camp: row.perspectiveIndex,
      day,
      stance: row.stance,
      inferred: row.date.inferred,
      stack,
      of: 0,
    })
  }
  for (const mark of marks) mark.of = stacks.get(`${mark.camp}:${mark.day}`)!
  // Zoomed in, a day is wide enough for several stacks side by side.
  const dayPx = width / (domain[1] - domain[0] + 1)
  const columns = Math.max(1, Math.floor(dayPx / COLUMN_PX) - 1)
  if (maxStack <= MAX_STACK * columns)
    return { mode: 'marks', domain, marks, maxStack, columns, count: placed.length }
  return binned(placed, domain, width)
}

function binned(rows: readonly StatementRow[], domain: [number, number], width: number): ChartModel {
  const span = domain[1] - domain[0] + 1
  const fits = Math.max(1, Math.floor(width / MIN_BIN_PX))
  const period = PERIODS.find((p) => Math.ceil(span / p.days) <= fits) ?? PERIODS[PERIODS.length - 1]!
  // Counts in one flat array by camp, period and stance: at 50,000 rows, no object or
  // string per row.
  const periods = Math.ceil(span / period.days)
  let camps = 0
  for (const row of rows) if (row.perspectiveIndex >= camps) camps = row.perspectiveIndex + 1
  const K = STANCE_FACETS.length
  const counts = new Int32Array(camps * periods * K)
  const stanceIndex = Object.fromEntries(STANCE_FACETS.map((stance, i) => [stance, i])) as Record<
    StanceFacet,
    number
  >
  // The timeline's rows come in date order: a day's rows share its period, worked out once.
  let lastIso: string | null = null
  let index = -1
  for (const row of rows) {
    const iso = row.date.iso
    if (iso === null) continue
    if (iso !== lastIso) {
      lastIso = iso
      index = Math.floor((dayNumber(iso) - domain[0]) / period.days)
    }
    if (index < 0 || index >= periods) continue
    counts[(row.perspectiveIndex * periods + index) * K + stanceIndex[row.stance ?? NO_STANCE]]! += 1
  }
  const bins: ChartBin[] = []
  let maxTotal = 0
  let count = 0
  for (let camp = 0; camp < camps; camp++)
    for (let index = 0; index < periods; index++) {
      const at = (camp * periods + index) * K
      let total = 0
      for (let k = 0; k < K; k++) total += counts[at + k]!
      if (total === 0) continue
      const start = domain[0] + index * period.days
      bins.push({
        camp,
        start,
        end: Math.min(start + period.days - 1, domain[1]),
        counts: Object.fromEntries(STANCE_FACETS.map((stance, k) => [stance, counts[at + k]!])) as Record<
          StanceFacet,
          number
        >,
        total,
      })
      count += total
      if (total > maxTotal) maxTotal = total
    }
  return { mode: 'bins', domain, period, bins, maxTotal, count }
}

/**
 * "12 supports, 3 mixed, 0 neutral, 1 rejects": every stance named, for a bin's label;
 * statements that do not address the claim follow, counted apart, when there are any.
 */
export function describeCounts(counts: Record<StanceFacet, number>): string {
  const stances = STANCES.map((stance) => `${counts[stance]} ${stance}`).join(', ')
  return counts.none > 0 ? `${stances}; ${counts.none} not addressing it` : stances
}

/** The chart's data as a table: one line per camp and period (or day), counts per stance. */
export function chartTable(
  model: ChartModel,
): { camp: number; from: string; to: string; counts: Record<StanceFacet, number>; total: number }[] {
  if (model.mode === 'bins')
    return model.bins.map((bin) => ({
      camp: bin.camp,
      from: isoOfDay(bin.start),
      to: isoOfDay(bin.end),
      counts: bin.counts,
      total: bin.total,
    }))
  const byDay = new Map<
    string,
    { camp: number; day: number; counts: Record<StanceFacet, number>; total: number }
  >()
  for (const mark of model.marks) {
    const key = `${mark.camp}:${mark.day}`
    let line = byDay.get(key)
    if (!line)
      byDay.set(
        key,
        (line = {
          camp: mark.camp,
          day: mark.day,
          counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0, none: 0 },
          total: 0,
        }),
      )
    line.counts[mark.stance ?? NO_STANCE] += 1
    line.total += 1
  }
  return [...byDay.values()]
    .sort((a, b) => a.camp - b.camp || a.day - b.day)
    .map((line) => ({
      camp: line.camp,
      from: isoOfDay(line.day),
      to: isoOfDay(line.day),
      counts: line.counts,
      total: line.total,
    }))
}
