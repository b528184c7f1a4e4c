import { describe, expect, it } from 'vitest'
import { segmentText } from './segments'

const TEXT = 'abcdefghij'
const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('')
const shape = (segments: { text: string; ids: string[] }[]) => segments.map((s) => [s.text, s.ids])

describe('segmentText', () => {
  it('returns the whole text as one plain segment without anchors', () => {
    expect(shape(segmentText(TEXT, []))).toEqual([['abcdefghij', []]])
  })

  it('splits around a single anchor', () => {
    expect(shape(segmentText(TEXT, [{ id: 'x', start: 2, end: 5 }]))).toEqual([
      ['ab', []],
      ['cde', ['x']],
      ['fghij', []],
    ])
  })

  it('handles overlapping anchors', () => {
    const segments = segmentText(TEXT, [
      { id: 'x', start: 1, end: 6 },
      { id: 'y', start: 4, end: 8 },
    ])
    expect(shape(segments)).toEqual([
      ['a', []],
      ['bcd', ['x']],
      ['ef', ['x', 'y']],
      ['gh', ['y']],
      ['ij', []],
    ])
    expect(join(segments)).toBe(TEXT)
  })

  it('handles adjacent, nested and identical anchors', () => {
    const segments = segmentText(TEXT, [
      { id: 'a', start: 0, end: 3 },
      { id: 'b', start: 3, end: 10 },
      { id: 'c', start: 4, end: 6 },
      { id: 'd', start: 4, end: 6 },
    ])
    expect(shape(segments)).toEqual([
      ['abc', ['a']],
      ['d', ['b']],
      ['ef', ['b', 'c', 'd']],
      ['ghij', ['b']],
    ])
  })

  it('never changes the text, even with anchors out of range or empty', () => {
    const segments = segmentText('“Quote” — ردّ', [
      { id: 'late', start: 5, end: 99 },
      { id: 'empty', start: 3, end: 3 },
      { id: 'backwards', start: 6, end: 2 },
      { id: 'negative', start: -4, end: 1 },
    ])
    expect(join(segments)).toBe('“Quote” — ردّ')
    expect(shape(segments)).toEqual([
      ['“', ['negative']],
      ['Quot', []],
      ['e” — ردّ', ['late']],
    ])
  })
})
