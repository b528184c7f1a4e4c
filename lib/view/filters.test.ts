import { describe, expect, it } from 'vitest'
import { filterAndCount, isFiltered, NO_FILTERS, type StatementFilters } from './filters'
import type { StatementRow } from './view-model'

const applyFilters = (rows: readonly StatementRow[], filters: StatementFilters) =>
  filterAndCount(rows, filters, []).rows
const facetCounts = (rows: readonly StatementRow[], filters: StatementFilters, ids: readonly string[]) =>
  filterAndCount(rows, filters, ids).counts
import { makeRow } from './testing-rows'

const rows = [
  makeRow({
    id: 'a',
    perspectiveId: 'city',
    stance: 'supports',
    kind: 'direct',
    channel: 'firsthand',
    speaker: 'Ana Ruiz',
  }),
  makeRow({
    id: 'b',
    perspectiveId: 'city',
    stance: 'mixed',
    kind: 'paraphrase',
    channel: 'secondhand',
    speaker: 'Ana Ruiz',
  }),
  makeRow({
    id: 'c',
    perspectiveId: 'residents',
    stance: 'rejects',
    kind: 'direct',
    channel: 'firsthand',
    speaker: 'Bo Li',
    text: 'The Doha talks',
    caveats: [],
  }),
  makeRow({
    id: 'd',
    perspectiveId: 'residents',
    stance: 'rejects',
    kind: 'paraphrase',
    channel: 'firsthand',
    speaker: 'Cy Ma’arij',
    role: null,
    caveats: ['Affiliation not stated'],
  }),
]
const filters = (overrides: Partial<StatementFilters>): StatementFilters => ({ ...NO_FILTERS, ...overrides })
const ids = (f: StatementFilters) => applyFilters(rows, f).map((r) => r.id)

describe('applyFilters', () => {
  it('keeps everything with no filters', () => {
    expect(ids(NO_FILTERS)).toEqual(['a', 'b', 'c', 'd'])
    expect(isFiltered(NO_FILTERS)).toBe(false)
    expect(isFiltered(filters({ q: '   ' }))).toBe(false)
  })

  it('searches speaker, statement and caveats, forgiving case and apostrophes', () => {
    expect(ids(filters({ q: 'doha' }))).toEqual(['c'])
    expect(ids(filters({ q: 'MAARIJ' }))).toEqual(['d'])
    expect(ids(filters({ q: 'affiliation' }))).toEqual(['d'])
    expect(ids(filters({ q: 'ana unsafe' }))).toEqual(['a', 'b'])
  })

  it('ORs options within a facet and ANDs across facets', () => {
    expect(ids(filters({ stance: ['supports', 'rejects'] }))).toEqual(['a', 'c', 'd'])
    expect(ids(filters({ stance: ['supports', 'rejects'], kind: ['paraphrase'] }))).toEqual(['d'])
    expect(ids(filters({ channel: 'secondhand' }))).toEqual(['b'])
    expect(ids(filters({ perspective: ['residents'], q: 'doha' }))).toEqual(['c'])
  })
})

describe('facetCounts', () => {
  it('counts every option with no filters', () => {
    expect(facetCounts(rows, NO_FILTERS, ['city', 'residents'])).toEqual({
      perspective: { city: 2, residents: 2 },
      stance: { supports: 1, mixed: 1, neutral: 0, rejects: 2, none: 0 },
      kind: { direct: 2, paraphrase: 2 },
      channel: { firsthand: 3, secondhand: 1 },
    })
  })

  it('counts each facet under the other filters, not its own', () => {
    // kind=direct narrows the other facets; the kind facet itself ignores it.
    expect(
      facetCounts(rows, filters({ kind: ['direct'], perspective: ['city'] }), ['city', 'residents']),
    ).toEqual({
      perspective: { city: 1, residents: 1 }, // direct rows: a (city), c (residents)
      stance: { supports: 1, mixed: 0, neutral: 0, rejects: 0, none: 0 }, // direct city rows: a
      kind: { direct: 1, paraphrase: 1 }, // city rows: a direct, b paraphrase
      channel: { firsthand: 1, secondhand: 0 },
    })
  })

  it('applies the search to every facet', () => {
    expect(facetCounts(rows, filters({ q: 'ruiz' }), ['city', 'residents']).perspective).toEqual({
      city: 2,
      residents: 0,
    })
  })
})
