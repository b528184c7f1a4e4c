import { inSentence, STANCE_NAMES, UNKNOWN_SOURCE } from '../story/vocabulary'
import { permalink } from '../view/permalink'
import { formatIsoDate } from '../view/source-date'
import type { StatementRow } from '../view/view-model'

const isoDay = (date: Date) =>
  [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-')

/**
 * A plain-text citation for one statement, for pasting into a report. Unknown source
 * facts are said to be unknown and an inferred date is marked, as on the page. It ends
 * with the statement's permalink, so the reader of the report can check the row.
 */
export function citation(
  row: StatementRow,
  accessed: Date,
  pageUrl: string,
  /** Set when a claim filter is: the citation names the claim and the stance on it. */
  claim: { wording: string } | null = null,
): string {
  const who = row.role ? `${row.speaker}, ${row.role}` : row.speaker
  const what = row.kind === 'direct' ? `“${row.text}”` : `paraphrased: ${row.text}`
  const { source } = row
  const where = [
    source.publisher ?? inSentence(UNKNOWN_SOURCE.publisher),
    source.title ? `“${source.title}”` : inSentence(UNKNOWN_SOURCE.title),
    source.date.iso === null ? inSentence(UNKNOWN_SOURCE.date) : source.date.display,
    source.url ?? UNKNOWN_SOURCE.url,
  ].join(', ')
  const on =
    claim && row.stance !== null
      ? ` On the claim “${claim.wording}”: ${STANCE_NAMES[row.stance].toLowerCase()} (${row.stanceLabel}).`
      : ''
  return `${who}: ${what}. Source: ${where}. Attribution: ${row.attribution}.${on} Accessed ${formatIsoDate(isoDay(accessed))}. ${permalink(pageUrl, row.id)}`
}
