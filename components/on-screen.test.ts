import { describe, expect, it } from 'vitest'
import { itemsOnScreen, rowsThatFit } from './on-screen'

// Rows of 100 px, the first starting 60 px into the frame's content (below its header).
const rows = Array.from({ length: 10 }, (_, i) => ({ index: i, start: 60 + 100 * i, end: 160 + 100 * i }))
const indexes = (items: readonly { index: number }[]) => items.map((item) => item.index)

describe('itemsOnScreen', () => {
  it('keeps only the rows above the window’s bottom when the frame starts low on the page', () => {
    // Frame from 745 px to 1420 px in a 900 px window: the first row spans 805–905.
    expect(indexes(itemsOnScreen(rows, { top: 745, bottom: 1420, scrollTop: 0 }, 900))).toEqual([0])
  })

  it('keeps none when the frame’s rows are all below the fold', () => {
    expect(itemsOnScreen(rows, { top: 850, bottom: 1525, scrollTop: 0 }, 900)).toEqual([])
  })

  it('leaves out the rows scrolled above the frame and those below its bottom', () => {
    // The frame fills the window from 100 to 500 px, scrolled 300 px: content 300–700 shows.
    expect(indexes(itemsOnScreen(rows, { top: 100, bottom: 500, scrollTop: 300 }, 900))).toEqual([
      2, 3, 4, 5, 6,
    ])
  })

  it('leaves out the rows above the window when the page has scrolled past the frame’s top', () => {
    // The frame's top is 350 px above the window: content from 350 px shows.
    expect(indexes(itemsOnScreen(rows, { top: -350, bottom: 325, scrollTop: 0 }, 900))).toEqual([
      2, 3, 4, 5, 6,
    ])
  })
})

describe('rowsThatFit', () => {
  it('counts the rows of the least height between the top and the window’s bottom, rounding up', () => {
    expect(rowsThatFit(803, 900, 36, 20)).toBe(3)
    expect(rowsThatFit(0, 900, 36, 20)).toBe(20)
    expect(rowsThatFit(0, 360, 36, 20)).toBe(10)
  })

  it('gives a view below the fold its first row, and a view scrolled past its top the whole window', () => {
    expect(rowsThatFit(1200, 900, 36, 20)).toBe(1)
    expect(rowsThatFit(-500, 360, 36, 20)).toBe(10)
  })

  it('never gives more rows than there are', () => {
    expect(rowsThatFit(0, 900, 36, 4)).toBe(4)
  })
})
