import { describe, expect, it } from 'vitest'
import { mainStanceOf, rowsOnClaim, selectClaim, stancesOf } from './claim-rows'
import type { ClaimView } from './claims'
import { filterAndCount, isFiltered, NO_FILTERS } from './filters'
import { makeRow } from './testing-rows'

const claims: ClaimView[] = [
  { id: 'main', slug: 'main', wording: 'The bridge is unsafe.', notes: [], main: true },
  { id: 'money', slug: 'money', wording: 'The closure saves money.', notes: [], main: false },
  { id: 'age', slug: 'age', wording: 'The bridge is too old.', notes: [], main: false },
]
const rows = [
  makeRow({ id: 'a', perspectiveId: 'city', stance: 'supports', stanceLabel: 'Unsafe' }),
  makeRow({
    id: 'b',
    perspectiveId: 'residents',
    stance: 'rejects',
    stanceLabel: 'Safe enough',
    claimStances: [{ claim: 'money', value: 'supports', label: 'About money' }],
  }),
  makeRow({
    id: 'c',
    perspectiveId: 'residents',
    stance: null,
    stanceLabel: null,
    claimStances: [
      { claim: 'money', value: 'mixed', label: 'Partly money' },
      { claim: 'age', value: 'supports', label: 'Old' },
    ],
  }),
]

describe('the claim filter', () => {
  it('without a claim keeps every statement, shown against the main claim', () => {
    expect(selectClaim(rows, claims, null)).toEqual({ rows, claim: null, notFound: false })
  })

  it('on a further claim keeps the statements that address it, each showing its stance on it', () => {
    const { rows: shown, claim } = selectClaim(rows, claims, 'money')
    expect(claim?.id).toBe('money')
    expect(shown.map((r) => [r.id, r.stance, r.stanceLabel])).toEqual([
      ['b', 'supports', 'About money'],
      ['c', 'mixed', 'Partly money'],
    ])
    // Their stance on the main claim stays at hand, for the export's own stance columns.
    expect(shown.map(mainStanceOf)).toEqual([
      { stance: 'rejects', label: 'Safe enough' },
      { stance: null, label: null },
    ])
    // The same rows come back for the same claim: tables keep their sorts and search index.
    expect(rowsOnClaim(rows, 'money', 'main')).toBe(shown)
  })

  it('on the main claim keeps the statements with a stance on it, unchanged', () => {
    const { rows: shown } = selectClaim(rows, claims, 'main')
    expect(shown).toEqual([rows[0], rows[1]])
    expect(shown[0]).toBe(rows[0])
  })

  it('says an unknown claim was not found, and shows the main claim', () => {
    expect(selectClaim(rows, claims, 'no-such-claim')).toEqual({ rows, claim: null, notFound: true })
  })

  it('lists every stance a row takes, the main claim first, wherever it is shown', () => {
    expect(stancesOf(rows[1]!, 'main')).toEqual([
      { claim: 'main', value: 'rejects', label: 'Safe enough' },
      { claim: 'money', value: 'supports', label: 'About money' },
    ])
    const [, c] = rowsOnClaim(rows, 'money', 'main')
    expect(stancesOf(c!, 'main')).toEqual(rows[2]!.claimStances)
  })

  it('narrows the counts: the stance facet counts stances on the claim, and the blank apart', () => {
    const all = filterAndCount(rows, NO_FILTERS, ['city', 'residents'])
    expect(all.counts.stance).toEqual({ supports: 1, mixed: 0, neutral: 0, rejects: 1, none: 1 })
    const blank = filterAndCount(rows, { ...NO_FILTERS, stance: ['none'] }, ['city', 'residents'])
    expect(blank.rows.map((r) => r.id)).toEqual(['c'])
    const { rows: onMoney } = selectClaim(rows, claims, 'money')
    const money = filterAndCount(onMoney, { ...NO_FILTERS, claim: 'money' }, ['city', 'residents'])
    expect(money.counts.stance).toEqual({ supports: 1, mixed: 1, neutral: 0, rejects: 0, none: 0 })
    expect(money.counts.perspective).toEqual({ city: 0, residents: 2 })
    expect(isFiltered({ ...NO_FILTERS, claim: 'money' })).toBe(true)
  })

  it('gives back the very rows it was given when nothing narrows them, so their matrix is kept', () => {
    expect(filterAndCount(rows, NO_FILTERS, ['city', 'residents']).rows).toBe(rows)
    const { rows: onMoney } = selectClaim(rows, claims, 'money')
    expect(filterAndCount(onMoney, { ...NO_FILTERS, claim: 'money' }, ['city', 'residents']).rows).toBe(onMoney)
    const narrowed = filterAndCount(rows, { ...NO_FILTERS, kind: ['direct'] }, ['city', 'residents']).rows
    expect(narrowed).not.toBe(rows)
    expect(narrowed).toEqual(rows)
  })
})
