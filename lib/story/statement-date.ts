/**
 * A statement's own date as an editor types it: a real calendar day as YYYY-MM-DD, or
 * nothing (the source's date then stands for it). One rule for the edit form, the review
 * and the story check, with a refusal in the editor's words.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a day that exists: "2024-02-29" yes, "2023-02-29" and "2024-04-31" no. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one (UTC, so no clock shifts it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export type StatementDateInput = { ok: true; date: string | null } | { ok: false; message: string }

export const STATEMENT_DATE_PROBLEM =
  'The date the statement was made must be a real day, written as year-month-day (2024-03-04), or left empty to use the source’s date.'

/** Empty (or null) clears the date; anything else must be a real day. */
export function readStatementDate(value: string | null): StatementDateInput {
  const text = value?.trim() ?? ''
  if (text === '') return { ok: true, date: null }
  return isCalendarDay(text) ? { ok: true, date: text } : { ok: false, message: STATEMENT_DATE_PROBLEM }
}
