import { describe, expect, it } from 'vitest'
import { findAnchor, foldWhitespace } from './anchor'

describe('foldWhitespace', () => {
  it('folds each run of white space to one space and maps back to the original', () => {
    const folded = foldWhitespace('a \n\t b\nc')
    expect(folded.text).toBe('a b c')
    expect(folded.origin).toEqual([0, 1, 5, 6, 7])
  })
})

describe('findAnchor', () => {
  const source = 'He said: “We   will\nact.” Then he left. He said it twice.'

  it('returns offsets into the original text, across folded white space', () => {
    const result = findAnchor(source, 'We will act.')
    expect(result).toEqual({ ok: true, anchor: { start: 10, end: 24 }, occurrences: 1 })
    if (result.ok) expect(source.slice(result.anchor.start, result.anchor.end)).toBe('We   will\nact.')
  })

  it('matches characters exactly otherwise: curly and straight quotes differ', () => {
    expect(findAnchor('“cross-border terrorism”', '"cross-border terrorism"')).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect(findAnchor(source, 'we will act.')).toEqual({ ok: false, reason: 'not-found' })
  })

  it('refuses to guess between repeated passages', () => {
    expect(findAnchor(source, 'He said')).toEqual({ ok: false, reason: 'ambiguous', occurrences: 2 })
  })

  it('anchors the chosen occurrence', () => {
    expect(findAnchor(source, 'He said', 2)).toEqual({
      ok: true,
      anchor: { start: 40, end: 47 },
      occurrences: 2,
    })
    expect(findAnchor(source, 'He said', 3)).toEqual({
      ok: false,
      reason: 'occurrence-out-of-range',
      occurrences: 2,
    })
  })

  it('keeps UTF-16 indices for text outside the Basic Multilingual Plane and RTL script', () => {
    const text = '😀 وزیر نے کہا: سرحد بند ہے'
    const result = findAnchor(text, 'سرحد بند ہے')
    expect(result.ok && text.slice(result.anchor.start, result.anchor.end)).toBe('سرحد بند ہے')
  })

  it('does not anchor empty or white-space-only text', () => {
    expect(findAnchor(source, '  \n ')).toEqual({ ok: false, reason: 'not-found' })
  })
})
