import { UNKNOWN } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import { UNKNOWN_SOURCE } from '../story/vocabulary'

/** A source date as the UI and exports need it: a sortable key and honest wording. */
export interface DateView {
  /** YYYY-MM-DD, or null when unknown. */
  iso: string | null
  inferred: boolean
  reason: string | null
  /** e.g. "16 Dec 2023", "c. 16 Dec 2023 (inferred)", "Date unknown". */
  display: string
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Formats without Intl so server and browser render the same characters. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `${day} ${MONTHS[month - 1]} ${year}`
}

export function dateView(date: SourceDate | undefined): DateView {
  if (date === undefined || date === UNKNOWN) {
    return { iso: null, inferred: false, reason: null, display: UNKNOWN_SOURCE.date }
  }
  if (typeof date === 'string') {
    return { iso: date, inferred: false, reason: null, display: formatIsoDate(date) }
  }
  return {
    iso: date.value,
    inferred: true,
    reason: date.reason,
    display: `c. ${formatIsoDate(date.value)} (inferred)`,
  }
}

/**
 * When a statement was made, as the timeline places it: the statement's own date when
 * the source gives one, otherwise the source's date, marked inferred (a source is dated
 * when it was published, which may be days after the words were said).
 */
export interface StatementDateView {
  /** YYYY-MM-DD, or null when neither the statement nor its source has a date. */
  iso: string | null
  /** True when the date is the source's, not the statement's own. */
  inferred: boolean
  /** e.g. "4 Mar 2024", "16 Dec 2023 (inferred from the source)", "Date unknown". */
  display: string
}

export function statementDateView(own: string | undefined, source: DateView): StatementDateView {
  if (own !== undefined) return { iso: own, inferred: false, display: formatIsoDate(own) }
  if (source.iso === null) return { iso: null, inferred: false, display: UNKNOWN_SOURCE.date }
  return {
    iso: source.iso,
    inferred: true,
    display: `${formatIsoDate(source.iso)} (inferred from the source)`,
  }
}
