/**
 * Search that forgives what analysts cannot type: case, diacritics, apostrophes and
 * hyphens. "maarij" finds "Ma’arij", "cross border" finds "cross-border". Normalisation
 * keeps a map back to the original string so matches can be highlighted in place.
 */

interface Normalized {
  text: string
  /** start[i] / end[i]: the original span that normalised character i came from. */
  start: number[]
  end: number[]
}

const APOSTROPHES = /['’‘ʼʻ`´]/u
const SEPARATORS = /[\s\-‐‑‒–—_/]/u
const COMBINING = /\p{M}/u

function normalizeChar(ch: string): string {
  if (APOSTROPHES.test(ch)) return ''
  if (SEPARATORS.test(ch)) return ' '
  return ch
    .normalize('NFKD')
    .split('')
    .filter((c) => !COMBINING.test(c))
    .join('')
    .toLowerCase()
}

export function normalizeWithMap(input: string): Normalized {
  let text = ''
  const start: number[] = []
  const end: number[] = []
  let index = 0
  for (const ch of input) {
    const piece = normalizeChar(ch)
    // A dropped combining mark still belongs to the letter before it.
    if (piece === '' && COMBINING.test(ch) && end.length > 0) end[end.length - 1] = index + ch.length
    for (const out of piece) {
      // Fold runs of separators to one space, as the query is folded.
      if (out === ' ' && (text.length === 0 || text.endsWith(' '))) continue
      text += out
      start.push(index)
      end.push(index + ch.length)
    }
    index += ch.length
  }
  return { text, start, end }
}

const APOSTROPHES_ALL = /['’‘ʼʻ`´]/gu
const SEPARATORS_ALL = /[\s\-‐‑‒–—_/]+/gu
const COMBINING_ALL = /\p{M}/gu

/**
 * The same text as normalizeWithMap gives, without the map: whole-string regular
 * expressions instead of a loop per character, for searching many rows quickly.
 */
export function normalizeForSearch(input: string): string {
  return input
    .replace(APOSTROPHES_ALL, '')
    .normalize('NFKD')
    .replace(COMBINING_ALL, '')
    .toLowerCase()
    .replace(SEPARATORS_ALL, ' ')
    .trim()
}

/** The query's terms, normalised; every term must match somewhere in a row. */
export function searchTerms(query: string): string[] {
  const terms = normalizeForSearch(query).split(' ').filter(Boolean)
  return [...new Set(terms)]
}

export interface Range {
  start: number
  end: number
}

/** Where any of the terms occur in `text`, as merged ranges of the original string. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text.length === 0) return []
  // Most fields of most rows match nothing: settle that with the fast form first, and
  // build the character map (a loop per character) only where there is something to mark.
  const quick = normalizeForSearch(text)
  if (!terms.some((term) => quick.includes(term))) return []
  const normalized = normalizeWithMap(text)
  const ranges: Range[] = []
  for (const term of terms) {
    let from = 0
    for (;;) {
      const at = normalized.text.indexOf(term, from)
      if (at === -1) break
      ranges.push({ start: normalized.start[at]!, end: normalized.end[at + term.length - 1]! })
      from = at + term.length
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}
