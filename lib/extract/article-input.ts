/**
 * Turning the bytes of an article file into text, or a message that says what is wrong
 * with it. Shared by the command line and the import page, so both refuse the same files
 * with the same words. The offsets the extractor reports are into the returned text.
 */

/** 1 MB: far above any news article, well below what would stall a browser tab. */
export const MAX_ARTICLE_BYTES = 1_000_000

export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleInputError'
  }
}

/** Index of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    // Overlong three-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i
    i += need + 1
  }
  return -1
}

/** Control characters that never occur in an article's text (tab, line breaks and form feed do). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/

const plural = (n: number, unit: string) => `${n.toLocaleString('en')} ${unit}${n === 1 ? '' : 's'}`

/**
 * Decode an article file. `name` is how messages refer to it ("article.txt", "standard input").
 * Throws ArticleInputError for an empty, oversized, binary or non-UTF-8 file.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new ArticleInputError(`${name}: the file is empty; an article needs text`)
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `${name}: the file is ${plural(bytes.length, 'byte')}; the limit is ${plural(MAX_ARTICLE_BYTES, 'byte')} (1 MB)`,
    )
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0)
    throw new ArticleInputError(
      `${name}: this looks like a binary file (a NUL byte at offset ${nul}); give plain text`,
    )
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0) {
    throw new ArticleInputError(
      `${name}: the text is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8 and try again`,
    )
  }
  // A byte order mark is an encoding signal, not part of the article.
  let text = new TextDecoder('utf-8').decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return checkArticleText(text, name)
}

/** The checks that also apply to text pasted into the import page. */
export function checkArticleText(text: string, name: string): string {
  if (text.trim().length === 0) throw new ArticleInputError(`${name}: there is no text, only white space`)
  const size = new TextEncoder().encode(text).length
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `${name}: the text is ${plural(size, 'byte')}; the limit is ${plural(MAX_ARTICLE_BYTES, 'byte')} (1 MB)`,
    )
  }
  const control = CONTROL.exec(text)
  if (control) {
    throw new ArticleInputError(
      `${name}: this looks like a binary file (control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at character ${control.index}); give plain text`,
    )
  }
  return text
}
