import type { QuoteSpan } from './quotes'

/**
 * Sentence boundaries in one paragraph. A quotation is never split (a quote of several
 * sentences stays whole), and abbreviations common in South Asian wire copy — ranks,
 * honorifics, initials — do not end a sentence.
 */

export interface Span {
  start: number
  end: number
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'cmdr',
  'adm',
  'prof',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'vs',
  'etc',
  'retd',
  'hon',
  'govt',
  'dept',
  'approx',
])

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? ''
  if (word.length === 0) return false
  // "on X." or "in B." ends a sentence: a letter after a preposition is a thing, not an initial.
  if (
    /^\p{Lu}$/u.test(word) &&
    /\b(?:on|in|at|via|from)\s+\p{Lu}$/u.test(text.slice(Math.max(0, dot - 8), dot))
  )
    return false
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true // an initial: "S." or "W.A."
  return ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * Longest run of text outside quotations kept as one sentence. Real sentences are far
 * shorter; text with no sentence ends at all (a list, a dump, a run of one word) is cut
 * into pieces of this size so that no later stage sees an unbounded sentence.
 */
export const MAX_SENTENCE = 2000

/** Linear: the quotations (sorted, not overlapping) are walked with one pointer. */
export function splitSentences(text: string, from: number, to: number, quotes: QuoteSpan[]): Span[] {
  const sentences: Span[] = []
  let start = from
  let q = 0
  // Characters outside quotations since the sentence began, and the last place to cut.
  let outside = 0
  let lastCut = -1
  for (let i = from; i < to; i++) {
    while (q < quotes.length && quotes[q]!.close <= i) q++
    const quote = quotes[q]
    const inside = quote !== undefined && i > quote.open && i < quote.close - (quote.closed ? 1 : 0)
    const code = text.charCodeAt(i)
    if (!inside && quote?.open !== i) {
      outside++
      if ((code === 32 || code === 10) && (quote === undefined || i < quote.open)) lastCut = i
    }
    if (outside > MAX_SENTENCE && lastCut > start) {
      pushTrimmed(text, sentences, start, lastCut)
      start = lastCut
      outside = i - lastCut
      lastCut = -1
    }
    // A quote that ends its sentence ("… with Iran.”) ends it after the closing mark.
    const stop = code === 46 || code === 63 || code === 33
    const closesQuote =
      quote !== undefined &&
      quote.close - 1 === i &&
      /[.?!]/.test(quote.closed ? text.charAt(i - 1) : text.charAt(i))
    if (!closesQuote && (!stop || inside)) continue
    const c = text.charAt(i)
    let end = i + 1
    while (end < to && /[)’]/.test(text.charAt(end))) end++
    const next = text.slice(end, end + 3)
    if (end < to && !/^\s+["“„«(‘'\p{Lu}\p{N}]/u.test(next)) continue
    if (!closesQuote && c === '.' && endsWithAbbreviation(text, i)) continue
    pushTrimmed(text, sentences, start, end)
    start = end
    outside = 0
    lastCut = -1
  }
  pushTrimmed(text, sentences, start, to)
  return sentences
}

function pushTrimmed(text: string, into: Span[], start: number, end: number) {
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  if (end > start) into.push({ start, end })
}
