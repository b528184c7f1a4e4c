import { describe, expect, it } from 'vitest'
import {
  ArticleInputError,
  MAX_ARTICLE_BYTES,
  checkArticleText,
  decodeArticle,
  firstInvalidUtf8,
} from './article-input'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeArticle', () => {
  it('decodes UTF-8 text, curly quotes and all, and drops a byte order mark', () => {
    expect(decodeArticle(utf8('“We will respond,” he said.'), 'a.txt')).toBe('“We will respond,” he said.')
    expect(decodeArticle(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), 'a.txt')).toBe('Hi')
  })

  it('refuses an empty file, and one with only white space', () => {
    expect(() => decodeArticle(bytes(), 'a.txt')).toThrow('a.txt: the file is empty; an article needs text')
    expect(() => decodeArticle(utf8(' \n\t\n'), 'a.txt')).toThrow('a.txt: there is no text, only white space')
  })

  it('refuses a file over 1 MB, naming its size', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)
    expect(() => decodeArticle(big, 'big.txt')).toThrow(
      'big.txt: the file is 1,000,001 bytes; the limit is 1,000,000 bytes (1 MB)',
    )
    expect(decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), 'ok.txt')).toHaveLength(
      MAX_ARTICLE_BYTES,
    )
  })

  it('refuses binary input: a NUL byte, or control characters', () => {
    // The start of a PNG file.
    expect(() =>
      decodeArticle(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), 'img.png'),
    ).toThrow(ArticleInputError)
    expect(() => decodeArticle(bytes(0x41, 0x00, 0x42), 'x.bin')).toThrow(
      'x.bin: this looks like a binary file (a NUL byte at offset 1)',
    )
    expect(() => decodeArticle(utf8('Text\u0007bell'), 'x.txt')).toThrow(
      'control character U+0007 at character 4',
    )
  })

  it('refuses text that is not UTF-8, naming the first bad byte', () => {
    // "café" in Latin-1: é is the single byte 0xE9.
    expect(() => decodeArticle(bytes(0x63, 0x61, 0x66, 0xe9), 'latin1.txt')).toThrow(
      'latin1.txt: the text is not valid UTF-8 (byte 0xe9 at offset 3)',
    )
  })
})

describe('firstInvalidUtf8', () => {
  it('accepts every well-formed sequence length', () => {
    expect(firstInvalidUtf8(utf8('a é € 𝄞'))).toBe(-1)
  })
  it('finds truncated, overlong, surrogate and stray continuation bytes', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1) // "€" cut short
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0) // overlong "/"
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0) // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1)
  })
})

describe('checkArticleText', () => {
  it('applies the same limits to pasted text', () => {
    expect(() => checkArticleText('   ', 'Pasted text')).toThrow(
      'Pasted text: there is no text, only white space',
    )
    expect(() => checkArticleText('é'.repeat(500_001), 'Pasted text')).toThrow('the text is 1,000,002 bytes')
  })
})
