import { describe, expect, it } from 'vitest'
import { boxOffsets, boxSelection } from './text-offsets'

describe('box offsets', () => {
  it('leaves an article without carriage returns as it is', () => {
    const article = 'He said: "No."\nShe said: "Yes."'
    expect(boxOffsets(article).shown).toBe(article)
    expect(boxSelection(article, 9, 14)).toEqual({ start: 9, end: 14 })
    expect(article.slice(9, 14)).toBe('"No."')
  })

  it('maps a selection after "\\r\\n" line breaks back to the article\'s own characters', () => {
    const article = 'First line.\r\nSecond line.\r\nThird words here.'
    const { shown } = boxOffsets(article)
    expect(shown).toBe('First line.\nSecond line.\nThird words here.')
    const at = shown.indexOf('words here')
    const span = boxSelection(article, at, at + 'words here'.length)!
    expect(article.slice(span.start, span.end)).toBe('words here')
  })

  it('takes a whole "\\r\\n" when the selection spans a line break, and maps a lone "\\r"', () => {
    const article = 'One.\r\nTwo.\rThree.'
    const { shown } = boxOffsets(article)
    expect(shown).toBe('One.\nTwo.\nThree.')
    const span = boxSelection(article, 0, 'One.\nTwo.\nThree.'.length)!
    expect(article.slice(span.start, span.end)).toBe(article)
    const across = boxSelection(article, 2, 7)!
    expect(article.slice(across.start, across.end)).toBe('e.\r\nTw')
    const before = boxSelection(article, 0, 4)!
    expect(article.slice(before.start, before.end)).toBe('One.')
    const after = boxSelection(article, 5, 9)!
    expect(article.slice(after.start, after.end)).toBe('Two.')
  })

  it('is null for an empty selection', () => {
    expect(boxSelection('Some words.', 4, 4)).toBeNull()
    expect(boxSelection('Some words.', 5, 3)).toBeNull()
  })
})
