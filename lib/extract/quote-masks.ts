import { MASK, type Range } from './frames'
import type { QuoteSpan } from './quotes'
import type { Span } from './sentences'

/** A sentence's quotations read as the frames see them: masked, and where they end it. */

/** The sentence with each quoted character replaced by MASK, so offsets stay the input's. */
export function maskQuotes(text: string, sentence: Span, quotes: QuoteSpan[]): string {
  let masked = ''
  let at = sentence.start
  for (const q of quotes) {
    const from = Math.max(q.open, at)
    const to = Math.min(q.close, sentence.end)
    if (to <= from) continue
    masked += text.slice(at, from) + MASK.repeat(to - from)
    at = to
  }
  // Line breaks inside a sentence (wrapped text) read as spaces; lengths stay the same.
  return (masked + text.slice(at, sentence.end)).replace(/[\n\r\t\v\f\u00a0\u2028\u2029]/g, ' ')
}

/**
 * A quotation that ends the sentence after a comma and opens with a conjunction ("…,
 * “but he lives on the Pakistani side.”"): a clause of the speaker's own words, not a
 * fragment of the reported one. Where the reported clause then ends, and the quoted words.
 */
export function ownWordsAfter(
  text: string,
  masked: string,
  sentence: Span,
  clause: Range,
  quote: QuoteSpan | undefined,
): { clauseEnd: number; quoted: Range } | null {
  if (!quote) return null
  const open = quote.open - sentence.start
  const close = Math.min(quote.close, sentence.end) - sentence.start
  if (open <= clause.start || clause.end < open || clause.end > close) return null
  if (!/^[\s.!?…]*$/.test(masked.slice(close))) return null
  const comma = /,\s*$/.exec(masked.slice(clause.start, open))
  if (
    !comma ||
    !/^(?:but|and|yet|so|though|although)\s+\S+\s+\S+/.test(text.slice(quote.innerStart, quote.innerEnd))
  )
    return null
  return { clauseEnd: clause.start + comma.index, quoted: { start: quote.innerStart, end: quote.innerEnd } }
}
