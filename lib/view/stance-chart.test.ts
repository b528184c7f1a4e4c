import { describe, expect, it } from 'vitest'
import type { Stance } from '../story/codebook'
import { chartModel, chartTable, dayExtent, describeCounts, MAX_MARKS } from './stance-chart'
import { makeRow } from './testing-rows'
import { dayNumber } from './timeline'

const row = (id: string, iso: string | null, stance: Stance | null = 'supports', extra = {}) =>
  makeRow({ id, stance, date: { iso, inferred: false, display: '' }, ...extra })

describe('chartModel', () => {
  const domain: [number, number] = [dayNumber('2024-01-01'), dayNumber('2024-12-31')]

  it('places one mark per dated row, stacked within a camp’s day', () => {
    const rows = [
      row('a', '2024-03-01'),
      row('b', '2024-03-01', 'rejects'),
      row('c', '2024-03-01', 'mixed', { perspectiveIndex: 1 }),
      row('undated', null),
    ]
    const model = chartModel(rows, domain, 800)
    expect(model.mode).toBe('marks')
    if (model.mode !== 'marks') return
    expect(model.marks.map((m) => [m.id, m.camp, m.stack, m.stance])).toEqual([
      ['a', 0, 0, 'supports'],
      ['b', 0, 1, 'rejects'],
      ['c', 1, 0, 'mixed'],
    ])
    expect(model.count).toBe(3)
  })

  it('counts per stance per period when marks are too many, and the counts add up', () => {
    const rows = Array.from({ length: MAX_MARKS + 500 }, (_, i) =>
      row(
        `s${i}`,
        `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        i % 3 === 0 ? 'rejects' : 'supports',
        { perspectiveIndex: i % 2 },
      ),
    )
    const model = chartModel(rows, domain, 800)
    expect(model.mode).toBe('bins')
    if (model.mode !== 'bins') return
    expect(model.period.name).toBe('week')
    expect(model.bins.reduce((n, b) => n + b.total, 0)).toBe(rows.length)
    expect(model.bins.reduce((n, b) => n + b.counts.rejects, 0)).toBe(
      rows.filter((_, i) => i % 3 === 0).length,
    )
    // Each bar holds exactly its camp's rows dated within its days, stance by stance.
    for (const bin of model.bins) {
      const inBin = rows.filter((r) => {
        const day = Date.parse(`${r.date.iso}T00:00:00Z`) / 86_400_000
        return r.perspectiveIndex === bin.camp && day >= bin.start && day <= bin.end
      })
      expect(bin.total).toBe(inBin.length)
      expect(bin.counts.rejects).toBe(inBin.filter((r) => r.stance === 'rejects').length)
    }
    expect(new Set(model.bins.map((b) => `${b.camp}:${b.start}`)).size).toBe(model.bins.length)
    // Narrower: longer periods, the same total.
    const narrow = chartModel(rows, domain, 200)
    expect(narrow.mode === 'bins' && narrow.period.name).toBe('30 days')
    expect(chartTable(narrow).reduce((n, line) => n + line.total, 0)).toBe(rows.length)
  })

  it('counts instead when one camp says too much on one day to stack', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(`s${i}`, '2024-03-01'))
    expect(chartModel(rows, domain, 800).mode).toBe('bins')
    expect(chartModel(rows.slice(0, 6), domain, 800).mode).toBe('marks')
    // Zoomed into a few days, a day holds several stacks: single marks again.
    const zoomed = chartModel(rows, [dayNumber('2024-03-01'), dayNumber('2024-03-03')], 800)
    expect(zoomed.mode === 'marks' && zoomed.columns).toBeGreaterThan(1)
  })
})

describe('dayExtent', () => {
  it('spans the dated rows, and is null when none is dated', () => {
    expect(dayExtent([row('a', '2024-03-05'), row('b', null), row('c', '2024-01-02')])).toEqual([
      dayNumber('2024-01-02'),
      dayNumber('2024-03-05'),
    ])
    expect(dayExtent([row('b', null)])).toBeNull()
  })
})

describe('statements that do not address the claim shown', () => {
  const domain: [number, number] = [dayNumber('2024-01-01'), dayNumber('2024-12-31')]

  it('are marked apart, and counted apart per period, never as a stance', () => {
    const few = chartModel([row('a', '2024-03-01'), row('b', '2024-03-01', null)], domain, 800)
    expect(few.mode === 'marks' && few.marks.map((m) => [m.id, m.stance])).toEqual([
      ['a', 'supports'],
      ['b', null],
    ])
    expect(chartTable(few)[0]!.counts).toEqual({ supports: 1, mixed: 0, neutral: 0, rejects: 0, none: 1 })
    const many = Array.from({ length: MAX_MARKS + 10 }, (_, i) =>
      row(`s${i}`, '2024-05-05', i % 5 === 0 ? null : 'rejects'),
    )
    const binned = chartModel(many, domain, 800)
    expect(binned.mode).toBe('bins')
    if (binned.mode !== 'bins') return
    const [bin] = binned.bins
    expect(bin!.counts).toEqual({ supports: 0, mixed: 0, neutral: 0, rejects: 808, none: 202 })
    expect(bin!.total).toBe(1010)
    expect(describeCounts(bin!.counts)).toBe(
      '0 supports, 0 mixed, 0 neutral, 808 rejects; 202 not addressing it',
    )
  })
})
