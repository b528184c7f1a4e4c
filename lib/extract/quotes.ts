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

const isSpace = (c: string) => c === '' || /\s/.test(c)
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c)

/**
 * A reporting clause inside an unclosed quote ("… like this, he said, adding …"):
 * the quote is taken to end at the punctuation before it.
 */
const REPORTING_INSIDE =
  /[,.?!]\s+(?:he|she|they|it|[A-Z][\p{L}’'.-]+(?:\s+[A-Z][\p{L}’'.-]+){0,3})\s+(?:said|says|added|adds|told|stated|noted|explained|remarked|warned|insisted)\b/u

export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let depth = 0
  let open = -1
  for (let i = from; i < to; i++) {
    const c = text.charAt(i)
    if (OPENERS.has(c)) {
      if (depth === 0) open = i
      depth++
    } else if (CLOSERS.has(c)) {
      if (depth === 0) {
        // A closing mark used as an opener (”word): only when it starts a word.
        if (isSpace(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1))) {
          open = i
          depth = 1
        }
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
  return spans
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
  return trimInner(text, { open, close: end, innerStart: open + 1, innerEnd: end, closed: false })
}

/** Trim white space and the comma that wire style puts inside the closing mark. */
function trimInner(text: string, span: QuoteSpan): QuoteSpan {
  let { innerStart, innerEnd } = span
  while (innerStart < innerEnd && /\s/.test(text.charAt(innerStart))) innerStart++
  while (innerEnd > innerStart && /[\s,;:]/.test(text.charAt(innerEnd - 1))) innerEnd--
  return { ...span, innerStart, innerEnd }
}
