import { formatIsoDate } from './source-date'

/**
 * A date range as the filters hold it. Apart from the timeline's code (timeline.ts), so
 * the story page's filter bar can name a range without it.
 */
export interface DateRange {
  /** YYYY-MM-DD, both inclusive; null for open. */
  from: string | null
  to: string | null
}

export const hasRange = (range: DateRange): boolean => range.from !== null || range.to !== null

/** "from 1 Mar 2024 to 31 May 2024", "from 1 Mar 2024", "up to 31 May 2024". */
export function describeRange({ from, to }: DateRange): string {
  if (from !== null && to !== null)
    return from === to ? `on ${formatIsoDate(from)}` : `from ${formatIsoDate(from)} to ${formatIsoDate(to)}`
  if (from !== null) return `from ${formatIsoDate(from)}`
  if (to !== null) return `up to ${formatIsoDate(to)}`
  return 'any date'
}
