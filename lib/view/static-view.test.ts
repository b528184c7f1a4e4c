import { describe, expect, it } from 'vitest'
import { largeTimelineView, staticView } from './static-view'
import { makeRow, storyOfRows } from './testing-rows'
import { TIMELINE_PAGE } from './timeline'
import { loadStoryUrlState } from './url-state'
import type { StatementRow } from './view-model'
import type { WorkspaceData } from './workspace-data'

const CAMPS = ['city', 'residents']

/** 400 rows over two camps: every fifth undated, the rest spread over 2024 in story order. */
function largeStory(): WorkspaceData {
  const rows: StatementRow[] = Array.from({ length: 400 }, (_, i) => {
    const iso =
      i % 5 === 4 ? null : new Date(Date.UTC(2024, 0, 1 + ((i * 37) % 360))).toISOString().slice(0, 10)
    return makeRow({
      id: `s${i}`,
      perspectiveId: CAMPS[i % 2]!,
      perspectiveIndex: i % 2,
      stance: i % 3 === 0 ? 'rejects' : 'supports',
      text: i % 4 === 0 ? 'the border crossing' : 'the talks',
      anchor: { start: i * 10, end: i * 10 + 5 },
      date: { iso, inferred: false, display: iso ?? 'Date unknown' },
    })
  })
  return storyOfRows(rows, CAMPS)
}

const state = (query: Record<string, string>) => loadStoryUrlState(CAMPS, query)

describe("a large story's timeline, drawn on the server", () => {
  it('is drawn only for the Timeline view', () => {
    expect(largeTimelineView(largeStory(), state({}))).toBeNull()
    expect(largeTimelineView(largeStory(), state({ view: 'matrix' }))).toBeNull()
  })

  it('holds the first entries in date order, and counts and charts every filtered row', () => {
    const data = largeStory()
    const view = largeTimelineView(data, state({ view: 'timeline', q: 'border', from: '2024-03-01' }))!
    // Worked out here from the rows themselves: in the range, matching, by date then story order.
    const expected = data.rows
      .filter((r) => r.text.includes('border') && r.date.iso !== null && r.date.iso >= '2024-03-01')
      .sort((a, b) => a.date.iso!.localeCompare(b.date.iso!) || data.rows.indexOf(a) - data.rows.indexOf(b))
    expect(view.preview.total).toBe(expected.length)
    expect(view.preview.undated).toBe(0)
    expect(view.byDate.map((r) => r.id)).toEqual(expected.slice(0, TIMELINE_PAGE).map((r) => r.id))
    expect(view.preview.model?.count).toBe(expected.length)
  })

  it('sends no more than a page of rows, however many pass', () => {
    const data = largeStory()
    const view = largeTimelineView(data, state({ view: 'timeline' }))!
    expect(view.preview.total).toBe(400)
    expect(view.preview.undated).toBe(80)
    expect(view.byDate).toHaveLength(TIMELINE_PAGE)
    expect(view.filtered).toHaveLength(TIMELINE_PAGE)
    expect(view.campTables).toEqual([])
    // The chart counts the 320 dated rows, not the page.
    expect(view.preview.model?.count).toBe(320)
    expect(view.byDate.every((r) => r.date.iso !== null)).toBe(true)
  })
})

describe('the static tables’ sort note', () => {
  // Every row of a camp has one stance in this story when the filter keeps only "rejects".
  it('says which tables’ sort ties on every row, as the interactive tables would', () => {
    const data = largeStory()
    const view = staticView(
      data,
      state({ 'sort.city': 'stance.asc', 'sort.residents': 'stance.asc', stance: 'rejects' }),
    )
    expect(view.campTables.map((t) => [t.perspective.id, t.sortIdle])).toEqual([
      ['city', true],
      ['residents', true],
    ])
    const mixed = staticView(data, state({ 'sort.city': 'stance.asc' }))
    expect(mixed.campTables.map((t) => t.sortIdle)).toEqual([false, false])
    const combined = staticView(data, state({ view: 'combined', sort: 'stance.desc', stance: 'rejects' }))
    expect(combined.combined.sortIdle).toBe(true)
    expect(staticView(data, state({ view: 'combined', sort: 'stance.desc' })).combined.sortIdle).toBe(false)
  })
})
