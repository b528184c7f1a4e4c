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
