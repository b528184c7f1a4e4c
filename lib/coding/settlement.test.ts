import { describe, expect, it } from 'vitest'
import type { DraftStance, ReviewDraft } from '../import/review-draft'
import {
  claimField,
  comparedFields,
  differingFields,
  fieldValue,
  openFields,
  settlementDrafts,
  takeSide,
} from './settlement'

type Draft = Omit<ReviewDraft, 'version'>

const draft = (id: string, start: number, stances: [string, DraftStance['value'], string][]): Draft => ({
  id,
  position: 0,
  speaker: { name: 'Ali Khan', role: null },
  start,
  end: start + 12,
  text: `words of ${id}`,
  kind: 'direct',
  attribution: 'said',
  channel: 'firsthand',
  caveats: [],
  perspective: 'officials',
  stance: { value: 'supports', label: 'Backs it' },
  stances: stances.map(([claim, value, label]) => ({ claim, value, label })),
  reviewed: true,
  speakerUncertain: false,
  date: null,
  dateCue: null,
})

// Two pairs. Pair 1: both support c2 (labels differ, values agree); the first rejects c3,
// the second does not address it. Pair 2: the first does not address c4, the second is neutral on it.
const first = [
  draft('a1', 0, [
    ['c2', 'supports', 'Yes, first'],
    ['c3', 'rejects', 'No'],
  ]),
  draft('a2', 40, []),
]
const second = [
  draft('b1', 0, [['c2', 'supports', 'Yes, second']]),
  draft('b2', 40, [['c4', 'neutral', 'Shrugs']]),
]

describe('the stances on further claims in a settlement', () => {
  it('compares the stance on each claim either coder addressed, in the story’s order', () => {
    expect(comparedFields(first[0]!, second[0]!, ['q', 'c3', 'c2'])).toEqual([
      'camp',
      'kind',
      'channel',
      'speaker',
      'stance',
      'claim:c3',
      'claim:c2',
    ])
    expect(differingFields(first[0]!, second[0]!)).toEqual(['claim:c3'])
    expect(differingFields(first[1]!, second[1]!)).toEqual(['claim:c4'])
    expect(fieldValue(second[0]!, claimField('c3'))).toBeNull()
  })

  it('carries agreeing stances with their labels, and leaves a differing one open, not reviewed', () => {
    const [p1, p2] = settlementDrafts(first, second)
    expect(p1).toMatchObject({
      id: 'p1',
      reviewed: false,
      stances: [{ claim: 'c2', value: 'supports', label: 'Yes, first' }],
    })
    expect(p2).toMatchObject({ id: 'p2', reviewed: false, stances: [] })
    // The rest as agreed.
    expect(p1).toMatchObject({ perspective: 'officials', stance: { value: 'supports', label: 'Backs it' } })
  })

  it('takes a coder’s stance on a claim with its label, or leaves the claim off for one who did not address it', () => {
    const [p1, p2] = settlementDrafts(first, second)
    expect(takeSide(first[0]!, 'claim:c3', p1!)).toEqual({
      stances: [
        { claim: 'c2', value: 'supports', label: 'Yes, first' },
        { claim: 'c3', value: 'rejects', label: 'No' },
      ],
    })
    expect(takeSide(second[0]!, 'claim:c3', p1!)).toEqual({
      stances: [{ claim: 'c2', value: 'supports', label: 'Yes, first' }],
    })
    expect(takeSide(second[1]!, 'claim:c4', p2!)).toEqual({
      stances: [{ claim: 'c4', value: 'neutral', label: 'Shrugs' }],
    })
  })

  it('keeps a difference open until an editor settles it', () => {
    expect(openFields(first[0]!, second[0]!, [])).toEqual(['claim:c3'])
    expect(openFields(first[0]!, second[0]!, ['camp', 'claim:c3'])).toEqual([])
  })
})
