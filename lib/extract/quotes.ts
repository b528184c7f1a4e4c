/**
 * Quotation spans in one paragraph. Wire copy mixes straight and curly marks, nests
 * quotes inside quotes, and leaves a quote open when it runs on into the next paragraph
 * (or when an editor dropped a mark). The scanner never throws: an unclosed quote is
 * closed where its reporting clause begins, or else at the end of the paragraph.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index just past the closing mark (or the end of the quoted text if none). */
  close: number
  /** The quoted words, without marks: [innerStart, innerEnd). */
  innerStart: number
  innerEnd: number
  /** False when no closing mark was found. */
  closed: boolean
}

const OPENERS = new Set(['“', '„', '«'])
const CLOSERS = new Set(['”', '»'])
const STRAIGHT = '"'

// Plain ASCII letters and punctuation skip the regex: this runs on every mark of 1 MB.
const isSpace = (c: string) =>
  c === '' || c === ' ' || c === '\n' || ((c <= ' ' || c >= '\u00a0') && /\s/.test(c))
const MARKS = new Set([...OPENERS, ...CLOSERS, STRAIGHT])
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c)

/**
 * A reporting clause inside an unclosed quote ("… like this, he said, adding …"):
 * the quote is taken to end at the punctuation before it.
 */
const REPORTING_INSIDE =
  /[,.?!]\s+(?:he|she|they|it|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}|[A-Z][\p{L}’'.-]+(?:\s+[A-Z][\p{L}’'.-]+){0,3})\s+(?:said|says|added|adds|told|stated|noted|explained|remarked|warned|insisted)\b/u

/**
 * A quotation still open when a new one opens at a word start, and which has already
 * ended a sentence, lost its closing mark: most often a quote running over several
 * paragraphs of text that arrived as one paragraph. It ends there, so one lost mark
 * does not flip every later quotation in the paragraph. It ends with the last sentence it
 * ended, so the reporter's words before the new mark ("He added that …") stay outside it.
 */
const endedSentence = (open: number, lastEnd: number) => lastEnd > open

/** Linear in the paragraph's length: each mark is looked at once. */
export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let depth = 0
  let open = -1
  // The last sentence end seen (". " and the like), to tell a lost closing mark.
  let lastEnd = -1
  // Whether any quotation mark came before in the paragraph (for a lost opening mark).
  let seenMark = false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    // Char codes first: a string per character would be garbage on every one of 1 MB.
    if (code === 46 || code === 63 || code === 33) {
      if (isSpace(text.charAt(i + 1))) lastEnd = i
      continue
    }
    if (code !== 34 && code < 0xab) continue
    const c = text.charAt(i)
    if (!MARKS.has(c)) continue
    if (!CLOSERS.has(c)) seenMark = true
    const opensWord = isSpace(text.charAt(i - 1)) && !isSpace(text.charAt(i + 1))
    if ((OPENERS.has(c) || c === STRAIGHT) && depth === 1 && opensWord && endedSentence(open, lastEnd)) {
      // It ends with its last sentence: what follows up to the new mark is the reporter's.
      spans.push(unclosedSpan(text, open, lastEnd + 1))
      depth = 0
    }
    if (OPENERS.has(c)) {
      if (depth === 0) open = i
      depth++
    } else if (CLOSERS.has(c)) {
      if (depth === 0) {
        // A closing mark used as an opener (”word): only when it starts a word.
        if (isSpace(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1))) {
          open = i
          depth = 1
        } else if (!seenMark && droppedOpener(text, from, i))
          spans.push(droppedOpenerSpan(text, Math.max(from, lastEnd + 1), i))
        seenMark = true
        continue
      }
      depth--
      if (depth === 0) spans.push(closedSpan(text, open, i))
    } else if (c === STRAIGHT) {
      if (depth === 0) {
        open = i
        depth = 1
      } else if (isSpace(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1))) {
        depth++ // a nested straight quote opening inside the outer one
      } else {
        depth--
        if (depth === 0) spans.push(closedSpan(text, open, i))
      }
    }
  }
  if (depth > 0 && open >= 0) spans.push(unclosedSpan(text, open, to))
  return withSingleQuotes(text, from, to, spans)
}

/** A single mark that may open a quotation: ‘ always, ' at a word's start. */
const SINGLE_OPEN = /(?:‘|(?<=^|[\s(\[—–])')(?=\p{L})/gu
/**
 * A single mark that may close one: after a word or its punctuation, before a space,
 * punctuation or the end; never inside a word ("don’t", "Pakistan's"). A mark after an "s"
 * before a word ("the farmers’ rights") is a possessive unless nothing else closes nearby.
 */
const SINGLE_CLOSE = /(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–-])/gu
const POSSESSIVE = /(?<=s)[’'](?=\s+\p{L})/u
/** No quotation in single marks runs longer than this within a paragraph. */
const MAX_SINGLE = 1500

/**
 * Quotations in single marks (‘…’ or '…'), as some outlets print them, outside the
 * double-marked ones: each opener pairs with the nearest closer after it. A double-marked
 * quotation inside a single-marked one is nested and drops out. Linear: both scans move on.
 */
function withSingleQuotes(text: string, from: number, to: number, doubles: QuoteSpan[]): QuoteSpan[] {
  const part = text.slice(from, to)
  if (!part.includes('‘') && !part.includes("'")) return doubles
  const closers: number[] = []
  SINGLE_CLOSE.lastIndex = 0
  for (let m = SINGLE_CLOSE.exec(part); m; m = SINGLE_CLOSE.exec(part)) closers.push(from + m.index)
  const singles: QuoteSpan[] = []
  let c = 0
  let d = 0
  let after = -1
  SINGLE_OPEN.lastIndex = 0
  for (let m = SINGLE_OPEN.exec(part); m; m = SINGLE_OPEN.exec(part)) {
    const open = from + m.index
    // Inside a double-marked quotation, a single one is nested in it.
    while (d < doubles.length && doubles[d]!.close <= open) d++
    if (open <= after || (d < doubles.length && doubles[d]!.open < open)) continue
    while (c < closers.length && closers[c]! <= open) c++
    // The nearest closer that is no possessive; a possessive one only when no other closes
    // within reach. The walk stops at that reach, so the work per opener is bounded.
    let k = c
    while (
      k < closers.length &&
      closers[k]! - open <= MAX_SINGLE &&
      POSSESSIVE.test(text.slice(closers[k]! - 1, closers[k]! + 3))
    )
      k++
    if (k === closers.length || closers[k]! - open > MAX_SINGLE) k = c
    const close = closers[k]
    if (close === undefined || close - open > MAX_SINGLE) continue
    // Two words at least: ‘Khariji’ or ‘Yuan Wang 5’ names a thing, it quotes no one.
    if (!/\S\s+\S/.test(text.slice(open + 1, close))) continue
    singles.push(closedSpan(text, open, close))
    after = close
    c = k + 1
  }
  if (singles.length === 0) return doubles
  // Merge by position: a double inside a single drops out, a single crossing a double too.
  const merged: QuoteSpan[] = []
  let i = 0
  for (const q of singles) {
    let crossed = false
    for (; i < doubles.length && doubles[i]!.open < q.close; i++) {
      const dq = doubles[i]!
      if (dq.open > q.open && dq.close <= q.close) continue
      if (dq.close > q.open) crossed = true
      merged.push(dq)
    }
    if (!crossed) merged.push(q)
  }
  for (; i < doubles.length; i++) merged.push(doubles[i]!)
  return merged.sort((a, b) => a.open - b.open)
}

/** A reporting clause right after a closing mark: `…,” the FO said`, `…,” said Ali`. */
const TRAILING_CUE =
  /^\s+(?:(?:he|she|they|it|the\s+[\p{L}-]+(?:\s+[\p{L}()-]+){0,3}|\p{Lu}[\p{L}’'.()-]*(?:\s+\p{Lu}[\p{L}’'.()-]*){0,3})\s+(?:said|says|added|adds|stated|noted|told|stressed|insisted|maintained|remarked|warned)|(?:said|added|stated|noted)\s+(?:the\s+)?\p{L})/u

/**
 * `The world is also aware of …,” the FO said.`: a paragraph with no opening mark whose
 * first mark closes a quotation right after its punctuation, and which a reporting clause
 * follows, lost its opening mark (the page dropped it): the quotation is the sentence the
 * mark ends, as the labelling conventions read it.
 */
function droppedOpener(text: string, from: number, close: number): boolean {
  // The quotation is the sentence the mark ends: from the paragraph's start or the last
  // sentence end before it (checked by the caller's span), never across an earlier mark.
  if (!/[,.?!]/.test(text.charAt(close - 1))) return false
  if (!/\S\s+\S+\s+\S/.test(text.slice(from, close))) return false
  return TRAILING_CUE.test(text.slice(close + 1, close + 120))
}

function droppedOpenerSpan(text: string, from: number, closeMark: number): QuoteSpan {
  let start = from
  while (start < closeMark && isSpace(text.charAt(start))) start++
  return trimInner(text, {
    open: start,
    close: closeMark + 1,
    innerStart: start,
    innerEnd: closeMark,
    closed: true,
  })
}

function closedSpan(text: string, open: number, closeMark: number): QuoteSpan {
  return trimInner(text, {
    open,
    close: closeMark + 1,
    innerStart: open + 1,
    innerEnd: closeMark,
    closed: true,
  })
}

function unclosedSpan(text: string, open: number, to: number): QuoteSpan {
  const inner = text.slice(open + 1, to)
  const cue = REPORTING_INSIDE.exec(inner)
  // The quote ends before the reporting clause; a sentence-final mark stays with it.
  const end = cue ? open + 1 + cue.index + (/[.?!]/.test((cue[0] ?? '').charAt(0)) ? 1 : 0) : to
  const span = trimInner(text, { open, close: end, innerStart: open + 1, innerEnd: end, closed: false })
  // With no closing mark the quotation ends with its last word: what follows is outside it.
  span.close = span.innerEnd
  return span
}

/** Trim white space and the comma that wire style puts inside the closing mark (in place). */
function trimInner(text: string, span: QuoteSpan): QuoteSpan {
  while (span.innerStart < span.innerEnd && /\s/.test(text.charAt(span.innerStart))) span.innerStart++
  while (span.innerEnd > span.innerStart && /[\s,;:]/.test(text.charAt(span.innerEnd - 1))) span.innerEnd--
  return span
}

/** The paragraph's first double mark closes a quotation: `…,” he said` with no opener before. */
export function firstMarkCloses(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charAt(i)
    if (OPENERS.has(c)) return false
    if (CLOSERS.has(c)) return !isSpace(text.charAt(i - 1))
    if (c === STRAIGHT) return !isSpace(text.charAt(i - 1)) && !isWordChar(text.charAt(i + 1))
  }
  return false
}
