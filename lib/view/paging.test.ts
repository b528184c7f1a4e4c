import { describe, expect, it } from 'vitest'
import { askedPage, pageHref, pageOf } from './paging'
import { topOf } from './speaker-counts'

describe('askedPage', () => {
  it('takes a whole number from 1, else the first page', () => {
    expect(askedPage('3')).toBe(3)
    expect(askedPage(undefined)).toBe(1)
    expect(askedPage(['2', '3'])).toBe(1)
    for (const bad of ['0', '-2', '1.5', 'two', ''] as const) expect(askedPage(bad)).toBe(1)
  })
})

describe('pageOf', () => {
  const items = Array.from({ length: 53 }, (_, i) => i + 1)

  it('cuts a list into pages that hold every item once, in order', () => {
    const seen: number[] = []
    for (let page = 1; page <= 3; page++) {
      const shown = pageOf(items, page, 25)
      expect(shown.pages).toBe(3)
      expect(shown.total).toBe(53)
      expect(shown.beyond).toBe(false)
      expect(shown.first).toBe(shown.items[0])
      expect(shown.last).toBe(shown.items.at(-1))
      seen.push(...shown.items)
    }
    expect(seen).toEqual(items)
    expect(pageOf(items, 3, 25).items).toEqual([51, 52, 53])
  })

  it('shows the last page for one past it, and says it is past', () => {
    const shown = pageOf(items, 9, 25)
    expect(shown).toMatchObject({ page: 3, pages: 3, beyond: true, first: 51, last: 53 })
    expect(pageOf(items, 3, 25).beyond).toBe(false)
  })

  it('has one empty page for an empty list', () => {
    expect(pageOf([], 1, 25)).toMatchObject({
      items: [],
      page: 1,
      pages: 1,
      beyond: false,
      first: 0,
      last: 0,
    })
    expect(pageOf([], 2, 25).beyond).toBe(true)
  })
})

describe('pageHref', () => {
  it('gives the first page no parameter', () => {
    expect(pageHref('/', 1)).toBe('/')
    expect(pageHref('/speakers', 4)).toBe('/speakers?page=4')
  })
})

describe('topOf', () => {
  it('keeps the heaviest, ties in their order, without changing the list', () => {
    const list = [
      { id: 'a', n: 2 },
      { id: 'b', n: 9 },
      { id: 'c', n: 2 },
      { id: 'd', n: 5 },
      { id: 'e', n: 2 },
    ]
    expect(topOf(list, 3, (x) => x.n).map((x) => x.id)).toEqual(['b', 'd', 'a'])
    expect(topOf(list, 10, (x) => x.n)).toHaveLength(5)
    expect(list.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
