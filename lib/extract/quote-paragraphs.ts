import { paragraphs } from './layout'
import { findQuotes, firstMarkCloses } from './quotes'

/**
 * The article's paragraphs, a quotation running over two kept as one: a paragraph whose
 * last quotation opens and never closes, followed by one whose first mark closes it
 * (`“We deeply regret … this issue.` / `The suspect … threat,” he said.`), is one quote
 * under one cue (codebook: "a quote of several sentences under one cue is one
 * statement"). A next paragraph that opens a quotation of its own is not joined.
 */
export function quoteParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const paragraph of paragraphs(text)) {
    const last = out[out.length - 1]
    if (last && runsOn(text, last) && firstMarkCloses(text, paragraph.start, paragraph.end))
      last.end = paragraph.end
    else out.push({ start: paragraph.start, end: paragraph.end })
  }
  return out
}

/** The paragraph's last quotation is still open at its end (no reporting clause cut it). */
function runsOn(text: string, paragraph: { start: number; end: number }): boolean {
  const quotes = findQuotes(text, paragraph.start, paragraph.end)
  const last = quotes[quotes.length - 1]
  return !!last && !last.closed && text.slice(last.close, paragraph.end).trim() === ''
}
