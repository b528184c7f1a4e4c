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
      { perspectiveId: 'b', counts: { supports: 0, mixed: 1, neutral: 0, rejects: 0 }, total: 1, none: 0 },
      { perspectiveId: 'a', counts: { supports: 2, mixed: 0, neutral: 0, rejects: 1 }, total: 3, none: 0 },
      { perspectiveId: 'c', counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 }, total: 0, none: 0 },
    ])
  })

  it('counts statements that do not address the claim apart, never as a stance', () => {
    const rows = [
      makeRow({ perspectiveId: 'a', stance: 'neutral' }),
      makeRow({ perspectiveId: 'a', stance: null, stanceLabel: null }),
      makeRow({ perspectiveId: 'a', stance: null, stanceLabel: null }),
    ]
    expect(stanceSpread(rows, ['a'])).toEqual([
      { perspectiveId: 'a', counts: { supports: 0, mixed: 0, neutral: 1, rejects: 0 }, total: 1, none: 2 },
    ])
  })
})
