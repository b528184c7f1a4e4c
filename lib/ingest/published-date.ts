import { UNKNOWN } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import { isCalendarDay } from '../story/values'

/**
 * The day an article was published, from what a page or feed writes: ISO timestamps,
 * RFC 822 dates, "4 March 2024", "March 4, 2024". The day is the one written, in the
 * publisher's own time zone: "2024-03-04T23:30:00-05:00" is 4 March, as the outlet
 * printed it, even though it was already 5 March in UTC. Browser-safe.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'

const pad = (n: number) => String(n).padStart(2, '0')

function day(year: number, month: number, date: number): string | null {
  if (year < 1900 || year > 2100) return null
  const iso = `${year}-${pad(month)}-${pad(date)}`
  return isCalendarDay(iso) ? iso : null
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

const FORMS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  // 2024-03-04, 2024-03-04T10:00:00+05:00, 2024/03/04
  [/^(\d{4})[-/](\d{2})[-/](\d{2})(?=$|[T\s])/, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // 20240304, 20240304T101500Z
  [/^(\d{4})(\d{2})(\d{2})(?=$|T)/, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // Mon, 04 Mar 2024 10:00:00 GMT; 4 March 2024; 4th March, 2024
  [
    new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    (m) => day(+m[3]!, monthNumber(m[2]!), +m[1]!),
  ],
  // March 4, 2024; Monday, March 4, 2024; Mar. 4 2024
  [
    new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    (m) => day(+m[3]!, monthNumber(m[1]!), +m[2]!),
  ],
]

/** The day a date string names, as YYYY-MM-DD, or null when it names none (or no real day). */
export function readDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? ''
  for (const [form, read] of FORMS) {
    const match = form.exec(text)
    if (match) return read(match)
  }
  return null
}

/** A date written in an address: /2024/03/04/, /2024-03-04-, /20240304/. */
export function dayInAddress(url: string | null | undefined): { day: string; written: string } | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const forms: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/\/((\d{4})\/(\d{2})\/(\d{2}))(?=\/)/, (m) => day(+m[2]!, +m[3]!, +m[4]!)],
    [/[/_-]((\d{4})-(\d{2})-(\d{2}))(?=[/_.-]|$)/, (m) => day(+m[2]!, +m[3]!, +m[4]!)],
    [/\/((\d{4})(\d{2})(\d{2}))(?=[/_.-])/, (m) => day(+m[2]!, +m[3]!, +m[4]!)],
  ]
  for (const [form, read] of forms) {
    const match = form.exec(path)
    const found = match && read(match)
    if (found) return { day: found, written: match[1]! }
  }
  return null
}

/** A candidate for the published date, in the order the caller trusts them. */
export interface DateClue {
  value: string | null | undefined
  /** Absent: the publisher states it (metadata), so it is not marked inferred. */
  inferred?: string
}

/**
 * The source date from the clues, first readable one winning: a plain day when the
 * publisher states it, { value, inferred, reason } when guessed, "unknown" when none reads.
 */
export function sourceDate(clues: DateClue[]): SourceDate {
  for (const clue of clues) {
    const found = readDay(clue.value)
    if (!found) continue
    return clue.inferred ? { value: found, inferred: true, reason: clue.inferred } : found
  }
  return UNKNOWN
}
