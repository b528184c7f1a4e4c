/**
 * A feed's keywords and what they match: whole words of an item's title or summary,
 * ignoring case and accents ("Peshawar" matches "PESHĀWAR", "Kabul" does not match
 * "Kabuli"). A keyword of several words matches them in a row. Browser-safe, so the form
 * can check keywords before they are saved.
 */

// Letters that carry no combining accent to drop, folded by hand.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
}

/** The text's words: lower case, accents off, split at anything but letters and digits. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (c) => FOLDS[c]!)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

export const MAX_KEYWORDS = 50
export const MAX_KEYWORD_LENGTH = 100

export type KeywordsInput = { ok: true; keywords: string[] } | { ok: false; message: string }

/**
 * The keywords an editor typed, one per line or separated by commas: trimmed, repeats
 * (by their folded words) dropped. None at all is fine: the feed then takes every item.
 */
export function readKeywords(input: string): KeywordsInput {
  const keywords: string[] = []
  const seen = new Set<string>()
  for (const raw of input.split(/[,;\n]/)) {
    const keyword = raw.replace(/\s+/g, ' ').trim()
    if (keyword === '') continue
    if (keyword.length > MAX_KEYWORD_LENGTH) {
      return {
        ok: false,
        message: `A keyword can be at most ${MAX_KEYWORD_LENGTH} characters; “${keyword.slice(0, 30)}…” is longer.`,
      }
    }
    const words = foldWords(keyword)
    if (words.length === 0) return { ok: false, message: `“${keyword}” has no letters or digits to match.` }
    const key = words.join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    keywords.push(keyword)
  }
  if (keywords.length > MAX_KEYWORDS) {
    return {
      ok: false,
      message: `A feed can have at most ${MAX_KEYWORDS} keywords; this list has ${keywords.length}.`,
    }
  }
  return { ok: true, keywords }
}

function containsRun(words: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer
    return true
  }
  return false
}

export interface KeywordMatch {
  /** The item goes to the inbox: a keyword matched, or the feed has none. */
  taken: boolean
  /** The keywords that matched, as the editor wrote them, in their order. */
  matched: string[]
}

export function matchKeywords(
  keywords: readonly string[],
  item: { title: string; summary: string },
): KeywordMatch {
  if (keywords.length === 0) return { taken: true, matched: [] }
  const title = foldWords(item.title)
  const summary = foldWords(item.summary)
  const matched = keywords.filter((keyword) => {
    const run = foldWords(keyword)
    return run.length > 0 && (containsRun(title, run) || containsRun(summary, run))
  })
  return { taken: matched.length > 0, matched }
}
