import { describe, expect, it } from 'vitest'
import { FIRST_PAGE, tablePage } from './table-page'
import { makeRow, storyOfRows } from './testing-rows'
import { loadStoryUrlState } from './url-state'
import type { StatementRow } from './view-model'
import type { WorkspaceData } from './workspace-data'

const CAMPS = ['city', 'residents']

/** 300 rows over two camps, speakers named so that a plain comparison orders them. */
function largeStory(): WorkspaceData {
  const rows: StatementRow[] = Array.from({ length: 300 }, (_, i) =>
    makeRow({
      id: `s${i}`,
      perspectiveId: CAMPS[i % 2]!,
      perspectiveIndex: i % 2,
      speaker: `Speaker ${String((i * 7919) % 97).padStart(2, '0')}`,
      stance: i % 3 === 0 ? 'rejects' : 'supports',
      text: i % 4 === 0 ? 'the border crossing' : 'the talks',
      anchor: { start: i * 10, end: i * 10 + 5 },
    }),
  )
  return storyOfRows(rows, CAMPS)
}

const state = (query: Record<string, string>) => loadStoryUrlState(CAMPS, query)
const ids = (rows: readonly StatementRow[]) => rows.map((r) => r.id)

describe("a large story's first page", () => {
  it('answers only the table views', () => {
    for (const view of ['matrix', 'claims', 'timeline'])
      expect(tablePage(largeStory(), state({ view }))).toBeNull()
    expect(tablePage(largeStory(), state({}))).not.toBeNull()
    expect(tablePage(largeStory(), state({ view: 'combined' }))).not.toBeNull()
  })

  it('holds the first rows of each camp, sorted and searched over every row, and counts them all', () => {
    const data = largeStory()
    const page = tablePage(data, state({ q: 'border', 'sort.residents': 'speaker.desc' }))!
    // Worked out here from the rows themselves: the camp's matching rows, by speaker
    // descending, ties in story order.
    const residents = data.rows
      .filter((r) => r.perspectiveId === 'residents' && r.text.includes('border'))
      .sort((a, b) => b.speaker.localeCompare(a.speaker) || data.rows.indexOf(a) - data.rows.indexOf(b))
    const city = data.rows.filter((r) => r.perspectiveId === 'city' && r.text.includes('border'))
    const [cityTable, residentsTable] = page.campTables
    expect(ids(residentsTable!.rows)).toEqual(ids(residents.slice(0, FIRST_PAGE)))
    expect(residentsTable!.matching).toBe(residents.length)
    expect(residentsTable!.total).toBe(150)
    expect(residentsTable!.sorting).toEqual([{ id: 'speaker', desc: true }])
    expect(ids(cityTable!.rows)).toEqual(ids(city.slice(0, FIRST_PAGE)))
    expect(page.shown).toBe(residents.length + city.length)
    expect(page.filtered).toEqual([])
  })

  it('sends no more than a page of rows per table, however many pass', () => {
    const page = tablePage(largeStory(), state({ view: 'combined', sort: 'stance.asc' }))!
    expect(page.combined.rows).toHaveLength(FIRST_PAGE)
    expect(page.combined.matching).toBe(300)
    // Supports before rejects, as the codebook sorts them.
    expect(page.combined.rows.every((r) => r.stance === 'supports')).toBe(true)
    expect(page.campTables).toEqual([])
  })

  it('names the state it answers, so that the same state read back gives the same page', () => {
    const page = tablePage(largeStory(), state({ q: 'talks', 'sort.city': 'speaker.asc' }))!
    const again = tablePage(largeStory(), state(Object.fromEntries(new URLSearchParams(page.query))))!
    expect(again.query).toBe(page.query)
    expect(ids(again.campTables[0]!.rows)).toEqual(ids(page.campTables[0]!.rows))
    expect(page.query).toContain('q=talks')
  })
})
