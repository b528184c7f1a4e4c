/**
 * A moment as pages say it: "7 Dec 2026, 17:02 UTC". One rule for the change log, a
 * statement's history, and when a page was fetched. Browser-safe.
 */
export function utcTime(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`
}
