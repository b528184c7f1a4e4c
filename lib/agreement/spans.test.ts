import { describe, expect, it } from 'vitest'
import { overlapsByHalf, pairBySpans, spanAgreement, spanOverlap, type Span } from './spans'

const s = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id })
const ids = (pairing: ReturnType<typeof pairBySpans<Span & { id: string }>>) => ({
  pairs: pairing.pairs.map((p) => [p.a.id, p.b.id]),
  onlyA: pairing.onlyA.map((x) => x.statement.id),
  onlyB: pairing.onlyB.map((x) => x.statement.id),
})

describe('overlapsByHalf', () => {
  it('needs at least half of each span, and never pairs empty or touching spans', () => {
    expect(overlapsByHalf(s(0, 10), s(5, 15))).toBe(true) // 5 of 10 each
    expect(overlapsByHalf(s(0, 10), s(6, 16))).toBe(false) // 4 of 10
    expect(overlapsByHalf(s(0, 100), s(10, 40))).toBe(false) // all of one, 30 of 100 of the other
    expect(overlapsByHalf(s(0, 10), s(10, 20))).toBe(false)
    expect(overlapsByHalf(s(5, 5), s(5, 5))).toBe(false)
  })
})

describe('spanOverlap: intersection over union', () => {
  it('is 1 for the same span, 0 apart, and shared / union between', () => {
    expect(spanOverlap(s(3, 9), s(3, 9))).toBe(1)
    expect(spanOverlap(s(0, 10), s(20, 30))).toBe(0)
    expect(spanOverlap(s(0, 10), s(5, 15))).toBeCloseTo(5 / 15, 12)
    expect(spanOverlap(s(0, 10), s(0, 20))).toBeCloseTo(0.5, 12)
    expect(spanOverlap(s(0, 20), s(0, 10))).toBeCloseTo(0.5, 12)
  })

  it('is at least 1/3 for every pair the half-of-each rule admits', () => {
    let pairs = 0
    for (let a = 0; a < 12; a++)
      for (let b = a + 1; b <= 12; b++)
        for (let c = 0; c < 12; c++)
          for (let d = c + 1; d <= 12; d++) {
            if (!overlapsByHalf(s(a, b), s(c, d))) continue
            pairs++
            expect(spanOverlap(s(a, b), s(c, d))).toBeGreaterThanOrEqual(1 / 3 - 1e-12)
          }
    expect(pairs).toBeGreaterThan(100)
  })
})

describe('pairBySpans', () => {
  it('pairs one to one, the largest overlap first, whatever order the statements come in', () => {
    // A1 comes first, but A2 matches B1 exactly: A2 takes it, and A1 is left alone.
    const pairing = pairBySpans([s(0, 10, 'A1'), s(0, 12, 'A2')], [s(0, 12, 'B1')])
    expect(ids(pairing)).toEqual({ pairs: [['A2', 'B1']], onlyA: ['A1'], onlyB: [] })
    expect(pairing.pairs[0]).toMatchObject({ aIndex: 1, bIndex: 0, overlap: 1 })
  })

  it('breaks ties the same way every time: the larger shared stretch, then the earlier statements', () => {
    expect(ids(pairBySpans([s(0, 10, 'A1'), s(0, 10, 'A2')], [s(0, 10, 'B1')]))).toEqual({
      pairs: [['A1', 'B1']],
      onlyA: ['A2'],
      onlyB: [],
    })
    expect(ids(pairBySpans([s(0, 10, 'A1')], [s(0, 10, 'B1'), s(0, 10, 'B2')]))).toEqual({
      pairs: [['A1', 'B1']],
      onlyA: [],
      onlyB: ['B2'],
    })
    // Equal overlaps (1/2 each), but the long one shares 20 characters against 10.
    expect(ids(pairBySpans([s(0, 10, 'short'), s(0, 40, 'long')], [s(0, 20, 'B')])).pairs).toEqual([
      ['long', 'B'],
    ])
  })

  it('reports statements found by one coder only, and keeps pairs in coder A’s order', () => {
    const a = [s(0, 10, 'a0'), s(50, 60, 'a1'), s(100, 140, 'a2'), s(200, 210, 'a3')]
    const b = [s(100, 130, 'b0'), s(2, 11, 'b1'), s(300, 310, 'b2'), s(205, 240, 'b3')]
    expect(ids(pairBySpans(a, b))).toEqual({
      pairs: [
        ['a0', 'b1'],
        ['a2', 'b0'],
      ],
      // a3 and b3 share 5 characters: half of a3, not half of b3.
      onlyA: ['a1', 'a3'],
      onlyB: ['b2', 'b3'],
    })
  })

  it('handles codings with no statements', () => {
    expect(ids(pairBySpans([], [s(0, 5, 'b')]))).toEqual({ pairs: [], onlyA: [], onlyB: ['b'] })
    expect(ids(pairBySpans([], []))).toEqual({ pairs: [], onlyA: [], onlyB: [] })
  })
})

describe('spanAgreement', () => {
  it('gives the share of units both coders found and the mean overlap of the pairs, pooled', () => {
    const first = pairBySpans([s(0, 10), s(20, 30), s(50, 60)], [s(0, 10), s(25, 35)])
    const second = pairBySpans([s(0, 20)], [s(0, 10), s(40, 50)])
    const result = spanAgreement([first, second])
    // Pairs: (0-10, 0-10) overlap 1; (20-30, 25-35) 5/15; (0-20, 0-10) 10/20.
    // Units: 3 pairs + 50-60 (A only) + 40-50 (B only) = 5.
    expect(result).toEqual({
      units: 5,
      foundByBoth: 3,
      foundByAOnly: 1,
      foundByBOnly: 1,
      share: 3 / 5,
      meanOverlap: expect.closeTo((1 + 1 / 3 + 1 / 2) / 3, 12),
      undefinedReason: null,
    })
  })

  it('says why a figure is missing when there is nothing to measure', () => {
    expect(spanAgreement([pairBySpans([], [])])).toMatchObject({
      units: 0,
      share: null,
      meanOverlap: null,
      undefinedReason: 'neither coder found a statement',
    })
    expect(spanAgreement([pairBySpans([s(0, 10)], [s(40, 50)])])).toMatchObject({
      units: 2,
      share: 0,
      meanOverlap: null,
      undefinedReason: 'no statement was found by both coders, so there is no overlap to measure',
    })
  })
})
