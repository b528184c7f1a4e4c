import type { Span } from './sentences'

/**
 * Paragraphs of an article as it arrives: one paragraph a line (most wire copy), text
 * hard-wrapped at a fixed width with blank lines between paragraphs (e-mail, plain-text
 * archives), or everything in one paragraph (copied from many web pages). A paragraph's
 * wire dateline ("ISLAMABAD, March 4 —") is left out of it. Linear in the text's length.
 */

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
/** "March", "Mar.", and in capitals "JANUARY" as datelines write it. */
const MONTH = `(?:${MONTHS}|${MONTHS.toUpperCase()})\\.?`
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
/** "March 4", "4 March 2024", "Monday", "March 4, 2024". */
const DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|${WEEKDAY})`
/** A place in capitals ("ISLAMABAD", "DERA ISMAIL KHAN"), or in title case before a date. */
const PLACE_CAPS = "\\p{Lu}[\\p{Lu} .'-]{2,40}"
const PLACE_TITLE = '\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,3}'
const AGENCY = '(?:\\s*\\([^)\\n]{1,40}\\))?'
// A colon may run straight on ("ISLAMABAD, May 05 (APP):Interior Minister …").
const DASH = '\\s*(?::\\s*|(?:[—–]|-{1,2})\\s+)'

/**
 * "PESHAWAR: ", "KABUL (Reuters) — ", "ISLAMABAD, March 4 — ", "KABUL, Afghanistan (AP) — ",
 * "Islamabad, March 4 (Dawn): ", "DHAKA, Bangladesh, Oct. 19 — ", "Kabul, Afghanistan — ". A
 * title-case place counts only with a date or, before a dash, with its country, so that a
 * sentence opening "Pakistan: …" is not taken for one. A place in capitals with a date needs
 * no dash ("KATHMANDU, JANUARY 12 Foreign Affairs Minister …", its own line run into the next).
 */
const DATELINE = new RegExp(
  `^\\s*(?:${PLACE_CAPS},\\s*${DATE}${AGENCY}\\s+(?=\\p{Lu}\\p{Ll})|${PLACE_CAPS}(?:,\\s*(?:${DATE}|\\p{L}[\\p{L} .]{0,30}?(?:,\\s*${DATE})?))?${AGENCY}${DASH}|${PLACE_TITLE},\\s*${DATE}${AGENCY}${DASH}|${PLACE_TITLE},\\s*${PLACE_TITLE}(?:,\\s*${DATE})?${AGENCY}\\s*[—–]\\s+)(?=["“‘\\p{Lu}\\p{N}])`,
  'u',
)

export function datelineLength(paragraph: string): number {
  return DATELINE.exec(paragraph)?.[0].length ?? 0
}

interface Line {
  start: number
  end: number
  blank: boolean
}

function lines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charAt(i) === '\n') {
      const line = text.slice(start, i)
      out.push({ start, end: i, blank: line.trim() === '' })
      start = i + 1
    }
  }
  return out
}

const ENDS_SENTENCE = /[.?!:;"”’)\]]\s*$/

/**
 * Hard-wrapped text: many lines run on into the next one without ending a sentence.
 * In text written one paragraph a line, almost every line ends its sentence.
 */
function isWrapped(text: string, all: Line[]): boolean {
  let followed = 0
  let runOn = 0
  for (let i = 0; i + 1 < all.length; i++) {
    const line = all[i]!
    if (line.blank || all[i + 1]!.blank) continue
    followed++
    if (!ENDS_SENTENCE.test(text.slice(line.start, line.end))) runOn++
  }
  return runOn >= 3 && runOn * 5 >= followed * 2
}

export function paragraphs(text: string): Span[] {
  const all = lines(text)
  const spans: Span[] = []
  const push = (start: number, end: number) => {
    const body = text.slice(start, end)
    if (body.trim() === '') return
    spans.push({ start: start + datelineLength(body), end })
  }
  if (!isWrapped(text, all)) {
    for (const line of all) push(line.start, line.end)
    return spans
  }
  // Wrapped: a paragraph ends at a blank line, or at a line that ends a sentence well
  // short of the wrapping width (the last line of a paragraph with no blank line after it).
  const widths = all.filter((l) => !l.blank).map((l) => l.end - l.start)
  const width = [...widths].sort((a, b) => a - b)[Math.floor(widths.length * 0.9)] ?? 0
  let start = -1
  for (const line of all) {
    if (line.blank) {
      if (start >= 0) push(start, line.start)
      start = -1
      continue
    }
    if (start < 0) start = line.start
    const body = text.slice(line.start, line.end)
    if (ENDS_SENTENCE.test(body) && line.end - line.start < width * 0.75) {
      push(start, line.end)
      start = -1
    }
  }
  if (start >= 0) push(start, text.length)
  return spans
}
