import path from 'node:path'
import { scaleUtc } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { STANCES } from '../story/codebook'
import { dayTicks, MARK_EXTENT, markPlace } from './chart-scale'
import { chartDomain, chartModel, dayExtent, type ChartMark } from './stance-chart'
import { makeRow } from './testing-rows'
import { dayNumber, isoOfDay, type DateRange } from './timeline'
import { statementRows } from './view-model'

const DAY_MS = 86_400_000
const [seed] = loadStoriesFrom(path.join(__dirname, '..', '..', 'data', 'stories'))
const seedRows = statementRows(seed!)

/** A story over 2023: a statement every few days, and one busy day of 40. */
const yearRows = [
  ...Array.from({ length: 120 }, (_, i) =>
    makeRow({
      id: `y${i}`,
      perspectiveIndex: i % 3,
      stance: STANCES[i % 4]!,
      date: {
        iso: isoOfDay(dayNumber('2023-01-01') + Math.floor((i * 364) / 119)),
        inferred: i % 5 === 0,
        display: '',
      },
    }),
  ),
  ...Array.from({ length: 40 }, (_, i) =>
    makeRow({
      id: `busy${i}`,
      perspectiveIndex: 0,
      stance: STANCES[i % 4]!,
      date: { iso: '2023-06-15', inferred: false, display: '' },
    }),
  ),
]

const WIDTHS = [150, 190, 240, 320, 480, 690, 1000, 1400]

/** Where the chart draws each mark at this plot width, as the component does. */
function placed(rows: typeof seedRows, plotWidth: number, range: DateRange = { from: null, to: null }) {
  const domain = chartDomain(dayExtent(rows)!, range)
  rows = rows.filter(
    (r) => r.date.iso !== null && dayNumber(r.date.iso) >= domain[0] && dayNumber(r.date.iso) <= domain[1],
  )
  const time = scaleUtc()
    .domain([new Date(domain[0] * DAY_MS), new Date((domain[1] + 1) * DAY_MS)])
    .range([0, plotWidth])
  const x = (day: number) => time(new Date(day * DAY_MS))
  const model = chartModel(rows, domain, plotWidth)
  if (model.mode !== 'marks') return { domain, x, marks: [] as (ChartMark & { cx: number; cy: number })[] }
  return { domain, x, marks: model.marks.map((m) => ({ ...m, ...markPlace(m, model.columns, x, 100) })) }
}

describe('dayTicks', () => {
  it('gives a story dated to one day that day alone, at any width: never hours', () => {
    const domain = chartDomain(dayExtent(seedRows)!, { from: null, to: null })
    expect(domain[0]).toBe(domain[1])
    for (const width of WIDTHS) {
      const ticks = dayTicks(domain, width)
      expect(ticks).toEqual([
        { day: domain[0], single: true, label: expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/) },
      ])
    }
    expect(dayTicks([dayNumber('2023-12-14'), dayNumber('2023-12-14')], 690)[0]!.label).toBe('14 Dec 2023')
  })

  it('gives a year months or quarters, labels with room to spare, the year where it changes', () => {
    const domain: [number, number] = [dayNumber('2023-01-01'), dayNumber('2023-12-31')]
    expect(dayTicks(domain, 690).map((t) => t.label)).toEqual(['Jan 2023', 'Apr', 'Jul', 'Oct'])
    expect(dayTicks(domain, 1400).map((t) => t.label)).toEqual([
      'Jan 2023',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ])
    for (const width of WIDTHS) {
      const ticks = dayTicks(domain, width)
      expect(ticks.length).toBeGreaterThanOrEqual(1)
      expect(ticks.length).toBeLessThanOrEqual(Math.max(1, Math.floor(width / 90)))
      for (const tick of ticks) {
        expect(Number.isInteger(tick.day)).toBe(true)
        expect(tick.single).toBe(false)
      }
    }
    expect(dayTicks([dayNumber('2023-11-28'), dayNumber('2024-01-06')], 690).map((t) => t.label)).toEqual([
      '4 Dec 2023',
      '11 Dec',
      '18 Dec',
      '25 Dec',
      '1 Jan 2024',
    ])
  })

  it('names single days when there is room for each', () => {
    const domain: [number, number] = [dayNumber('2023-12-10'), dayNumber('2023-12-14')]
    expect(dayTicks(domain, 690)).toEqual(
      [10, 11, 12, 13, 14].map((d, i) => ({
        day: dayNumber(`2023-12-${d}`),
        single: true,
        label: i === 0 ? '10 Dec 2023' : `${d} Dec`,
      })),
    )
  })
})

describe('markPlace', () => {
  const overlaps = (marks: { camp: number; cx: number; cy: number; id: string }[]) => {
    const found: string[] = []
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1))
        if (
          a.camp === b.camp &&
          Math.abs(a.cx - b.cx) < 2 * MARK_EXTENT &&
          Math.abs(a.cy - b.cy) < 2 * MARK_EXTENT
        )
          found.push(`${a.id} ~ ${b.id}`)
    return found
  }

  it('stacks the one-day seed’s marks without overlap, centred on the day, at any width', () => {
    for (const width of WIDTHS) {
      const { domain, x, marks } = placed(seedRows, width)
      expect(marks).toHaveLength(seedRows.length)
      expect(overlaps(marks), `at ${width} px`).toEqual([])
      for (const camp of new Set(marks.map((m) => m.camp))) {
        const own = marks.filter((m) => m.camp === camp)
        const middle = (Math.min(...own.map((m) => m.cx)) + Math.max(...own.map((m) => m.cx))) / 2
        expect(middle, `camp ${camp} at ${width} px`).toBeCloseTo(x(domain[0] + 0.5), 6)
      }
    }
  })

  it('keeps a busy day’s marks apart and inside the day, on a story spread over a year', () => {
    // Zoomed to the week around the busy day, as the range (or a click on its bar) does.
    for (const width of WIDTHS) {
      const { x, marks } = placed(yearRows, width, { from: '2023-06-13', to: '2023-06-17' })
      const busy = marks.filter((m) => m.day === dayNumber('2023-06-15') && m.camp === 0)
      if (width >= 320) expect(busy.length, `at ${width} px`).toBeGreaterThanOrEqual(40)
      expect(overlaps(busy), `at ${width} px`).toEqual([])
      for (const m of busy) {
        expect(m.cx - MARK_EXTENT).toBeGreaterThanOrEqual(x(m.day) - 0.001)
        expect(m.cx + MARK_EXTENT).toBeLessThanOrEqual(x(m.day + 1) + 0.001)
      }
    }
    for (const width of WIDTHS) {
      const { marks } = placed(yearRows, width)
      // Where the day's 40 marks cannot stand apart, the chart counts instead of drawing them.
      for (const day of new Set(marks.map((m) => m.day)))
        expect(overlaps(marks.filter((m) => m.day === day)), `day ${isoOfDay(day)} at ${width} px`).toEqual(
          [],
        )
    }
  })
})
