/**
 * Anchoring: locate a statement's verbatim text in its source and report character
 * offsets into the source as stored (JavaScript string indices). Runs of white space
 * are folded on both sides, so a line break in the source does not break a quote,
 * but every other character must match exactly.
 */

export interface Anchor {
  start: number
  end: number
}

export type AnchorResult =
  | { ok: true; anchor: Anchor; occurrences: number }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'ambiguous'; occurrences: number }
  | { ok: false; reason: 'occurrence-out-of-range'; occurrences: number }

export interface Folded {
  text: string
  /** origin[i] is the index in the original string of folded character i. */
  origin: number[]
}

const WHITESPACE = /\s/

export function foldWhitespace(input: string): Folded {
  let text = ''
  const origin: number[] = []
  let inRun = false
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string
    if (WHITESPACE.test(ch)) {
      if (!inRun) {
        text += ' '
        origin.push(i)
        inRun = true
      }
    } else {
      text += ch
      origin.push(i)
      inRun = false
    }
  }
  return { text, origin }
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = []
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at === -1) return found
    found.push(at)
    from = at + 1
  }
}

/**
 * Finds `needle` in `source`. When it occurs more than once the caller must say which
 * occurrence (1-based) is meant: guessing would silently anchor a row to the wrong passage.
 * A source anchored many times can be folded once with foldWhitespace and passed as is.
 */
export function findAnchor(source: string | Folded, needle: string, occurrence?: number): AnchorResult {
  const folded = typeof source === 'string' ? foldWhitespace(source) : source
  // Same folding as foldWhitespace, without the offsets a needle does not need.
  const foldedNeedle = needle.replace(/\s+/g, ' ').trim()
  if (foldedNeedle.length === 0) return { ok: false, reason: 'not-found' }
  const hits = allIndexes(folded.text, foldedNeedle)
  if (hits.length === 0) return { ok: false, reason: 'not-found' }
  if (occurrence === undefined && hits.length > 1) {
    return { ok: false, reason: 'ambiguous', occurrences: hits.length }
  }
  const index = occurrence === undefined ? 0 : occurrence - 1
  const hit = hits[index]
  if (hit === undefined) {
    return { ok: false, reason: 'occurrence-out-of-range', occurrences: hits.length }
  }
  const lastChar = hit + foldedNeedle.length - 1
  const start = folded.origin[hit] as number
  const end = (folded.origin[lastChar] as number) + 1
  return { ok: true, anchor: { start, end }, occurrences: hits.length }
}
