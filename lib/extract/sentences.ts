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
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true // an initial: "S." or "W.A."
  return ABBREVIATIONS.has(word.toLowerCase())
}

export function splitSentences(text: string, from: number, to: number, quotes: QuoteSpan[]): Span[] {
  const insideQuote = (i: number) => quotes.some((q) => i > q.open && i < q.close - (q.closed ? 1 : 0))
  const sentences: Span[] = []
  let start = from
  for (let i = from; i < to; i++) {
    const c = text.charAt(i)
    // A quote that ends its sentence ("… with Iran.”) ends it after the closing mark.
    const closesQuote = quotes.some((q) => q.closed && q.close - 1 === i) && /[.?!]/.test(text.charAt(i - 1))
    if (!closesQuote && (!/[.?!]/.test(c) || insideQuote(i))) continue
    let end = i + 1
    while (end < to && /[)’]/.test(text.charAt(end))) end++
    const next = text.slice(end, end + 3)
    if (end < to && !/^\s+["“„«(‘'\p{Lu}\p{N}]/u.test(next)) continue
    if (!closesQuote && c === '.' && endsWithAbbreviation(text, i)) continue
    pushTrimmed(text, sentences, start, end)
    start = end
  }
  pushTrimmed(text, sentences, start, to)
  return sentences
}

function pushTrimmed(text: string, into: Span[], start: number, end: number) {
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  if (end > start) into.push({ start, end })
}
