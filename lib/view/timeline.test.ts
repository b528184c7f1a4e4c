import { describe, expect, it } from 'vitest'
import { filterAndCount, NO_FILTERS } from './filters'
import { makeRow } from './testing-rows'
import { compareByDate, dateOrder, dayNumber, describeRange, isIsoDay, timelineGroups } from './timeline'
import type { StatementRow } from './view-model'

const dated = (id: string, iso: string | null, inferred = false, extra: Partial<StatementRow> = {}) =>
  makeRow({ id, date: { iso, inferred, display: iso ?? 'Date unknown' }, ...extra })

describe('isIsoDay', () => {
  it('takes real calendar days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true)
    expect(isIsoDay('2023-02-29')).toBe(false)
    expect(isIsoDay('2024-13-01')).toBe(false)
    expect(isIsoDay('4 March 2024')).toBe(false)
    expect(isIsoDay('2024-3-4')).toBe(false)
  })
})

describe('timelineGroups', () => {
  it('orders by date, groups by day, and puts the undated last under "Date unknown"', () => {
    const rows = [
      dated('late', '2024-05-02'),
      dated('none', null),
      dated('early', '2024-03-01', true),
      dated('same-day', '2024-05-02'),
    ]
    const groups = timelineGroups(rows)
    expect(groups.map((g) => [g.iso, g.heading, g.rows.map((r) => r.id)])).toEqual([
      ['2024-03-01', '1 Mar 2024', ['early']],
      ['2024-05-02', '2 May 2024', ['late', 'same-day']],
      [null, 'Date unknown', ['none']],
    ])
  })

  it('breaks a tie by source number, then by place in the source', () => {
    const source2 = { ...makeRow().source, number: 2 }
    const a = dated('a', '2024-01-01', false, { source: source2, anchor: { start: 0, end: 5 } })
    const b = dated('b', '2024-01-01', false, { anchor: { start: 90, end: 95 } })
    const c = dated('c', '2024-01-01', false, { anchor: { start: 10, end: 15 } })
    expect([a, b, c].sort(compareByDate).map((r) => r.id)).toEqual(['c', 'b', 'a'])
  })
})

describe('the date range', () => {
  const rows = [dated('mar', '2024-03-01'), dated('apr', '2024-04-30', true), dated('none', null)]

  const within = (from: string | null, to: string | null) =>
    filterAndCount(rows, { ...NO_FILTERS, from, to }, ['city']).rows.map((r) => r.id)

  it('is inclusive at both ends, counts inferred dates and leaves the undated out', () => {
    expect(within('2024-03-01', '2024-04-30')).toEqual(['mar', 'apr'])
    expect(within('2024-04-01', null)).toEqual(['apr'])
    expect(within(null, '2024-03-01')).toEqual(['mar'])
  })

  it('lets every row through, undated too, when there is no range', () => {
    expect(within(null, null)).toHaveLength(3)
  })

  it('narrows the filtered rows and every facet count', () => {
    const { rows: passed, counts } = filterAndCount(rows, { ...NO_FILTERS, from: '2024-04-01', to: null }, [
      'city',
    ])
    expect(passed.map((r) => r.id)).toEqual(['apr'])
    expect(counts.perspective.city).toBe(1)
    expect(counts.stance.supports).toBe(1)
  })

  it('gives the filtered rows in date order when asked, with the same rows and counts', () => {
    const days = ['2024-05-02', null, '2024-03-01', '2024-04-30', '2024-03-01', null, '2023-12-31']
    const many = days.map((iso, i) =>
      dated(`r${i}`, iso, i % 2 === 0, { stance: i % 3 === 0 ? 'rejects' : 'supports', text: `text ${i}` }),
    )
    for (const filters of [
      NO_FILTERS,
      { ...NO_FILTERS, from: '2024-03-01', to: '2024-04-30' },
      { ...NO_FILTERS, from: '2024-04-30', to: null },
      { ...NO_FILTERS, from: null, to: '2024-03-01' },
      { ...NO_FILTERS, from: '2024-03-02', to: '2024-04-29' },
      { ...NO_FILTERS, from: '2025-01-01', to: null },
      { ...NO_FILTERS, q: 'text', stance: ['rejects' as const] },
    ]) {
      const plain = filterAndCount(many, filters, ['city'])
      const ordered = filterAndCount(many, filters, ['city'], dateOrder(many))
      expect(ordered.counts).toEqual(plain.counts)
      // Date order worked out here by hand: earliest first, undated last, ties in story order.
      const expected = [...plain.rows].sort(
        (a, b) =>
          (a.date.iso ?? '9999').localeCompare(b.date.iso ?? '9999') || many.indexOf(a) - many.indexOf(b),
      )
      expect(ordered.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id))
      // The range, row by row as the codebook states it: inclusive, inferred dates count,
      // an undated row in no range (but in when there is none).
      const inRange = (r: StatementRow) =>
        (filters.from === null && filters.to === null) ||
        (r.date.iso !== null &&
          (filters.from === null || r.date.iso >= filters.from) &&
          (filters.to === null || r.date.iso <= filters.to))
      expect(plain.rows.map((r) => r.id)).toEqual(
        many
          .filter(
            (r) =>
              inRange(r) && filterAndCount([r], { ...filters, from: null, to: null }, ['city']).rows.length,
          )
          .map((r) => r.id),
      )
    }
  })

  it('is described in words', () => {
    expect(describeRange({ from: '2024-03-01', to: '2024-04-30' })).toBe('from 1 Mar 2024 to 30 Apr 2024')
    expect(describeRange({ from: '2024-03-01', to: '2024-03-01' })).toBe('on 1 Mar 2024')
    expect(describeRange({ from: null, to: '2024-03-01' })).toBe('up to 1 Mar 2024')
  })
})

describe('dayNumber', () => {
  it('agrees with the Date object on every day from 1899 to 2101, leap days included', () => {
    for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10)
      if (dayNumber(iso) !== ms / 86_400_000) expect.fail(`${iso}: ${dayNumber(iso)} ≠ ${ms / 86_400_000}`)
    }
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1)
    expect(dayNumber('1970-01-01')).toBe(0)
  })
})
