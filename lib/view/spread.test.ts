import { describe, expect, it } from 'vitest'
import { stanceSpread } from './spread'
import { makeRow } from './testing-rows'

describe('stanceSpread', () => {
  it('counts each camp’s reviewed statements per stance, camps in the given order', () => {
    const rows = [
      makeRow({ perspectiveId: 'a', stance: 'supports' }),
      makeRow({ perspectiveId: 'a', stance: 'supports' }),
      makeRow({ perspectiveId: 'a', stance: 'rejects' }),
      makeRow({ perspectiveId: 'b', stance: 'mixed' }),
      makeRow({ perspectiveId: 'gone', stance: 'mixed' }),
    ]
    expect(stanceSpread(rows, ['b', 'a', 'c'])).toEqual([
      { perspectiveId: 'b', counts: { supports: 0, mixed: 1, neutral: 0, rejects: 0 }, total: 1 },
      { perspectiveId: 'a', counts: { supports: 2, mixed: 0, neutral: 0, rejects: 1 }, total: 3 },
      { perspectiveId: 'c', counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 }, total: 0 },
    ])
  })
})
