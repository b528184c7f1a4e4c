import { describe, expect, it } from 'vitest'
import { sourceSegments, sourceStatements } from './source-page'
import { makeRow } from './testing-rows'

describe('the source page', () => {
  const text = 'Ana said it is unsafe. Ben said it is fine. Other paper: nothing.'
  const other = { ...makeRow().source, id: 'other' }
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  const rows = [
    makeRow({ id: 'ben', anchor: at('it is fine') }),
    makeRow({ id: 'ana', anchor: at('it is unsafe') }),
    makeRow({ id: 'elsewhere', source: other, anchor: { start: 0, end: 3 } }),
  ]

  it('lists the source’s statements in the order of its text, and no other source’s', () => {
    expect(sourceStatements(rows, 'paper').map((r) => r.id)).toEqual(['ana', 'ben'])
  })

  it('highlights every statement, and the text reads exactly as stored', () => {
    const segments = sourceSegments(text, sourceStatements(rows, 'paper'), [], 'paper')
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.primary).map((s) => [s.text, s.primary!.targetId])).toEqual([
      ['it is unsafe', 's-ana'],
      ['it is fine', 's-ben'],
    ])
  })
})
