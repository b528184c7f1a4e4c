import { describe, expect, it } from 'vitest'
import type { ReviewNonResponse } from '../import/review-draft'
import { compareNonResponses, settlementNonResponses } from './settled-non-responses'

const silent = (
  id: string,
  perspective: string,
  claim: string,
  start: number,
  asOf: string | null = null,
) => ({
  id,
  perspective,
  claim,
  start,
  end: start + 5,
  text: `at ${start}`,
  asOf,
  version: 1,
})

// Both record the Taliban on claim f (at different words and dates); the first alone the
// officials on f; the second alone the Taliban on q.
const first: ReviewNonResponse[] = [
  silent('n1', 'taliban', 'f', 30, '2024-01-02'),
  silent('n2', 'officials', 'f', 50),
]
const second: ReviewNonResponse[] = [silent('n1', 'taliban', 'q', 10), silent('n2', 'taliban', 'f', 31)]

describe('non-responses in a settlement', () => {
  it('carries one both coders recorded once (the first coder’s), and each one coder alone recorded', () => {
    const carried = settlementNonResponses(first, second)
    expect(
      carried.map((c) => [c.nonResponse.id, c.nonResponse.perspective, c.nonResponse.claim, c.recordedBy]),
    ).toEqual([
      ['n1', 'taliban', 'q', 'second'],
      ['n2', 'taliban', 'f', 'both'],
      ['n3', 'officials', 'f', 'first'],
    ])
    expect(carried[1]!.nonResponse).toMatchObject({ start: 30, asOf: '2024-01-02' })
  })

  it('shows each side by side with what the settlement still keeps', () => {
    const kept = [silent('n2', 'taliban', 'f', 30), silent('n3', 'officials', 'f', 50)]
    const compared = compareNonResponses(first, second, kept)
    expect(
      compared.map((c) => [
        c.perspective,
        c.claim,
        c.first?.start ?? null,
        c.second?.start ?? null,
        c.kept?.id ?? null,
      ]),
    ).toEqual([
      ['taliban', 'q', null, 10, null],
      ['taliban', 'f', 30, 31, 'n2'],
      ['officials', 'f', 50, null, 'n3'],
    ])
  })

  it('carries nothing when neither coder recorded any', () => {
    expect(settlementNonResponses([], [])).toEqual([])
  })
})
