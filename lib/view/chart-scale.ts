import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time'
import { COLUMN_PX, MAX_STACK, type ChartMark } from './stance-chart'

/**
 * The stance chart's scale: its ticks, never finer than a day since every date in a story
 * is a whole day, and where each mark sits, a day's marks stacked without overlapping.
 */

const DAY_MS = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Pixels a tick's label needs, so labels never run into each other. */
export const TICK_PX = 90

export interface DayTick {
  /** The day the tick stands for. */
  day: number
  /** True for a tick that names one day (drawn at the day's middle), false for a period's start. */
  single: boolean
  label: string
}

const STEPS: { interval: TimeInterval; unit: 'day' | 'month' | 'year'; days: number }[] = [
  { interval: utcDay, unit: 'day', days: 1 },
  { interval: utcDay.every(2)!, unit: 'day', days: 2 },
  { interval: utcMonday, unit: 'day', days: 7 },
  { interval: utcMonday.every(2)!, unit: 'day', days: 14 },
  { interval: utcMonth, unit: 'month', days: 30 },
  { interval: utcMonth.every(3)!, unit: 'month', days: 91 },
  { interval: utcMonth.every(6)!, unit: 'month', days: 182 },
  { interval: utcYear, unit: 'year', days: 365 },
  { interval: utcYear.every(2)!, unit: 'year', days: 730 },
  { interval: utcYear.every(5)!, unit: 'year', days: 1826 },
  { interval: utcYear.every(10)!, unit: 'year', days: 3652 },
]

/**
 * Ticks for the days `domain` spans (inclusive) across `plotWidth` pixels: days, weeks,
 * months or years, whichever is the finest that leaves each label its room. A domain of
 * one day gets that one day.
 */
export function dayTicks(domain: readonly [number, number], plotWidth: number): DayTick[] {
  const most = Math.max(1, Math.floor(plotWidth / TICK_PX))
  const from = new Date(domain[0] * DAY_MS)
  const to = new Date((domain[1] + 1) * DAY_MS)
  for (const step of STEPS) {
    const dates = step.interval.range(from, to)
    if (dates.length > most && step !== STEPS.at(-1)) continue
    if (dates.length === 0) return [{ day: domain[0], single: true, label: dayLabel(from, true) }]
    let year: number | null = null
    return dates.map((date) => {
      const withYear = date.getUTCFullYear() !== year
      year = date.getUTCFullYear()
      const day = Math.round(date.getTime() / DAY_MS)
      if (step.unit === 'year') return { day, single: false, label: String(year) }
      if (step.unit === 'month')
        return { day, single: false, label: `${MONTHS[date.getUTCMonth()]}${withYear ? ` ${year}` : ''}` }
      return { day, single: step.days === 1, label: dayLabel(date, withYear) }
    })
  }
  return []
}

function dayLabel(date: Date, withYear: boolean): string {
  const label = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`
  return withYear ? `${label} ${date.getUTCFullYear()}` : label
}

/** A mark's size: stanceMarkPath reaches 1.05 × MARK_R from the centre, and a stroke of at most 1.5 adds 0.75. */
export const MARK_R = 2.6
/** Half the box a mark covers, stroke included. */
export const MARK_EXTENT = 1.05 * MARK_R + 0.75
/** Vertical step between marks in a stack. */
export const STACK_PX = 7

/**
 * Where a mark sits: its day's marks in stacks of MAX_STACK from the axis up, the stacks
 * side by side (as many as the model's `columns` allow) and centred on the day.
 */
export function markPlace(
  mark: Pick<ChartMark, 'day' | 'stack' | 'of'>,
  columns: number,
  x: (day: number) => number,
  baseline: number,
): { cx: number; cy: number } {
  const used = Math.min(columns, Math.ceil(mark.of / MAX_STACK))
  const column = Math.floor(mark.stack / MAX_STACK)
  return {
    cx: x(mark.day + 0.5) + (column - (used - 1) / 2) * COLUMN_PX,
    cy: baseline - (mark.stack % MAX_STACK) * STACK_PX,
  }
}
