import { isCalendarDay } from '../story/values'

/**
 * A suggested date for a drafted statement, from the words around it that say when it
 * was made relative to the article's own date: "said on Monday", "in a statement on
 * 4 March", "told reporters yesterday". Only a suggestion for the reviewer, never a
 * decision: the words it came from go with it, so they can check it or clear it.
 *
 * Only the sentence around the statement, outside its own words, is read: a date inside
 * a quotation ("we will meet on Monday") is what the speaker talks about, not when they
 * spoke.
 */

export interface DateSuggestion {
  /** YYYY-MM-DD. */
  date: string
  /** The article's words it was read from: "on Monday". */
  cue: string
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '(?:,?\\s+(\\d{4}))?'
/** Reporting verbs that may stand for "on" before a weekday ("said Monday"). */
const SAID = '(?:said|says|told|stated|announced|added|wrote|posted|declared|insisted|warned|claimed)'

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, source: string | null) => string | null }

const RULES: Rule[] = [
  {
    // "on 4 March", "4th March 2024"
    pattern: new RegExp(`\\b(?:on\\s+)?${DAY}\\s+${MONTH}${YEAR}\\b`, 'gi'),
    resolve: (m, source) => dayOfMonth(Number(m[1]), monthIndex(m[2]!), m[3], source),
  },
  {
    // "on March 4", "March 4th, 2024" (not "March 2024": the day must follow the month)
    pattern: new RegExp(`\\b(?:on\\s+)?${MONTH}\\s+${DAY}(?!\\d)${YEAR}\\b`, 'gi'),
    resolve: (m, source) => dayOfMonth(Number(m[2]), monthIndex(m[1]!), m[3], source),
  },
  {
    // "on Monday", "said Monday"; not "Monday's attack", which names an event.
    pattern: new RegExp(`\\b(?:on|${SAID})\\s+(${WEEKDAYS.join('|')})\\b(?!['’]s)`, 'gi'),
    resolve: (m, source) =>
      source ? weekdayOnOrBefore(source, WEEKDAYS.indexOf(m[1]!.toLowerCase())) : null,
  },
  {
    pattern: /\byesterday\b/gi,
    resolve: (_m, source) => (source ? addDays(source, -1) : null),
  },
]

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3)
  return MONTHS.findIndex((m) => m.startsWith(key))
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
const utc = (day: string) => new Date(`${day}T00:00:00Z`)

function addDays(day: string, n: number): string {
  const d = utc(day)
  d.setUTCDate(d.getUTCDate() + n)
  return iso(d)
}

/** The most recent `weekday` (0 Sunday … 6 Saturday) on or before `source`. */
function weekdayOnOrBefore(source: string, weekday: number): string {
  const back = (utc(source).getUTCDay() - weekday + 7) % 7
  return addDays(source, -back)
}

/**
 * The day in the year given, or else in the source's year, or the year before when that
 * would fall after the source (a March article speaking of "4 December").
 */
function dayOfMonth(day: number, month: number, year: string | undefined, source: string | null) {
  const pad = (n: number) => String(n).padStart(2, '0')
  const on = (y: number) => `${String(y).padStart(4, '0')}-${pad(month + 1)}-${pad(day)}`
  if (month < 0) return null
  if (year) return isCalendarDay(on(Number(year))) ? on(Number(year)) : null
  if (!source) return null
  const sourceYear = Number(source.slice(0, 4))
  const candidate = on(sourceYear)
  // 29 February named in a March article of a common year: the year before may have one.
  if (candidate > source || !isCalendarDay(candidate))
    return isCalendarDay(on(sourceYear - 1)) ? on(sourceYear - 1) : null
  return candidate
}

const END = /[.!?](?=[\s"'“”‘’]*(?:\s|$))|\n/g
/** How far either side a sentence is read: bounded, so a long article with many statements stays linear. */
const WINDOW = 400

/** The sentence around [start, end): back to the end of the one before, on to its own end. */
function around(article: string, start: number, end: number): { before: string; after: string } {
  const lead = article.slice(Math.max(0, start - WINDOW), start)
  let from = 0
  END.lastIndex = 0
  for (let m = END.exec(lead); m; m = END.exec(lead)) from = m.index + 1
  // Past the closing marks right after the words ("… it.” he said on Monday.")
  const tail = article.slice(end, end + WINDOW)
  let at = 0
  while (at < tail.length && /[.,!?;:"'“”‘’ \t]/.test(tail[at]!)) at++
  END.lastIndex = at
  const close = END.exec(tail)
  return { before: lead.slice(from), after: tail.slice(0, close ? close.index : tail.length) }
}

/**
 * The date the words around a statement give, relative to `sourceDate` (YYYY-MM-DD, or
 * null when the source has none); null when they give none. The nearest such words win.
 */
export function suggestStatementDate(
  article: string,
  span: { start: number; end: number },
  sourceDate: string | null,
): DateSuggestion | null {
  const source = sourceDate && isCalendarDay(sourceDate) ? sourceDate : null
  const { before, after } = around(article, span.start, span.end)
  let best: (DateSuggestion & { distance: number }) | null = null
  const consider = (text: string, distanceOf: (m: RegExpExecArray) => number) => {
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        const date = rule.resolve(m, source)
        const distance = distanceOf(m)
        if (date && (!best || distance < best.distance)) best = { date, cue: m[0].trim(), distance }
      }
    }
  }
  consider(before, (m) => before.length - (m.index + m[0].length))
  consider(after, (m) => m.index)
  if (!best) return null
  const { date, cue } = best
  return { date, cue }
}
