import { describe, expect, it } from 'vitest'
import {
  overlapsByHalf,
  precisionRecall,
  sameSpeaker,
  score,
  type Labelled,
  type Predicted,
} from './evaluate'

const label = (start: number, end: number, over: Partial<Labelled> = {}): Labelled => ({
  speaker: 'Ana Ruiz',
  role: 'the mayor',
  kind: 'direct',
  start,
  end,
  ...over,
})
const predict = (start: number, end: number, over: Partial<Predicted> = {}): Predicted => ({
  ...label(start, end),
  ...over,
})

describe('overlapsByHalf', () => {
  it('needs half of each span', () => {
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true) // 5 of 10 each
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 6, end: 16 })).toBe(false) // 4 of 10
    // Inside, but less than half of the longer span.
    expect(overlapsByHalf({ start: 0, end: 100 }, { start: 10, end: 40 })).toBe(false)
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false)
  })
})

describe('score', () => {
  it('matches on span and speaker, case and spaces ignored, one label per prediction', () => {
    const s = score(
      [
        predict(0, 10, { speaker: 'ana  RUIZ' }),
        predict(1, 10),
        predict(20, 30, { speaker: 'Bo Li' }),
        predict(50, 60, { kind: 'paraphrase' }),
      ],
      [label(0, 10), label(20, 30), label(50, 60, { kind: 'paraphrase', role: null })],
    )
    // (0,10)↔label 1; the duplicate (1,10) finds no free label; Bo Li ≠ Ana Ruiz; (50,60) matches.
    expect(s.all).toEqual({ predicted: 4, labelled: 3, matched: 2 })
    expect(s.direct).toEqual({ predicted: 3, labelled: 2, matched: 1 })
    expect(s.paraphrase).toEqual({ predicted: 1, labelled: 1, matched: 1 })
    // Span pairs ignore the speaker: three labels paired, Bo Li's speaker wrong.
    expect(s.speaker).toEqual({ pairs: 3, exact: 2 })
    expect(s.kind).toEqual({ pairs: 2, agree: 2 })
    expect(s.role).toEqual({ pairs: 2, agree: 1 }) // "the mayor" ≠ null
  })

  it('counts a direct quote found as a paraphrase against direct recall and kind accuracy', () => {
    const s = score([predict(0, 10, { kind: 'paraphrase' })], [label(0, 10)])
    expect(s.all.matched).toBe(1)
    expect(s.direct).toEqual({ predicted: 0, labelled: 1, matched: 0 })
    expect(s.kind).toEqual({ pairs: 1, agree: 0 })
  })
})

describe('precisionRecall', () => {
  it('computes P, R and F1, and zero for empty sets', () => {
    const { precision, recall, f1 } = precisionRecall({ predicted: 4, labelled: 5, matched: 3 })
    expect(precision).toBe(0.75)
    expect(recall).toBe(0.6)
    expect(f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10)
    expect(precisionRecall({ predicted: 0, labelled: 0, matched: 0 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    })
  })
})

describe('sameSpeaker', () => {
  it('folds ranks and honorifics, as the issue asks, but not surnames or other people', () => {
    expect(sameSpeaker('Gen. Asim Munir', 'Asim Munir')).toBe(true)
    expect(sameSpeaker('Mullah Mohammad Yaqoob', 'mohammad yaqoob')).toBe(true)
    expect(sameSpeaker('Dr Mir Hassan Jan', 'Dr. Mir Hassan Jan')).toBe(true)
    expect(sameSpeaker('Qureshi', 'Amna Qureshi')).toBe(false)
    expect(sameSpeaker('Ali Khan', 'Imran Khan')).toBe(false)
  })
})
