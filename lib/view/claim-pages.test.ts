import path from 'node:path'
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { claimStatementsToCsv } from '../export/claim-csv'
import { loadStoriesFrom } from '../files/load-stories'
import type { Story } from '../story/story-check'
import { campStanceLine, claimPageView, inDateRange, type ClaimStoryInput } from './claim-pages'
import { claimViews, nonResponseViews } from './claims'
import { statementRows } from './view-model'

// A claim's page across stories, checked against the seed's data file itself.
const root = path.join(__dirname, '..', '..')
const SEED_ID = 'pakistan-afghanistan-militancy-2023'
const raw = JSON.parse(readFileSync(path.join(root, 'data', 'stories', `${SEED_ID}.json`), 'utf8')) as {
  perspectives: { id: string; label: string }[]
  statements: {
    id: string
    perspective: string
    text: string
    stance?: { value: string; label: string }
    stances?: { claim: string; value: string; label: string }[]
  }[]
  nonResponses: { id: string; perspective: string; claim: string; text: string; source: string }[]
}
const [seed] = loadStoriesFrom(path.join(root, 'data', 'stories')) as Story[]
const ON_TERRITORY = 'militants-operate-from-afghan-territory'
const COMMANDERS = 'taliban-commanders-assist-militants'

const input = (story: Story): ClaimStoryInput => ({
  storyId: story.id,
  storyTitle: story.title,
  claims: claimViews(story),
  rows: statementRows(story),
  perspectives: story.perspectives,
  nonResponses: nonResponseViews(story),
})
// A second story using the same claims, its statements under the same ids (ids are per story).
const copy: Story = { ...seed!, id: 'seed-copy', title: 'The seed, again' }
const stories = [input(seed!), input(copy)]
const onClaim = (claim: string) =>
  raw.statements.flatMap((s) => {
    const stance = s.stances?.find((x) => x.claim === claim)
    return stance ? [{ ...s, on: stance }] : []
  })

describe('a claim’s page across stories', () => {
  it('lists every statement on the claim in each story, each with its stance on this claim', () => {
    const view = claimPageView(stories, ON_TERRITORY)
    const expected = onClaim(ON_TERRITORY)
    expect(expected.length).toBeGreaterThan(2)
    expect(view.statements).toHaveLength(expected.length * 2)
    for (const storyId of [SEED_ID, 'seed-copy'])
      for (const s of expected) {
        const found = view.statements.find((x) => x.storyId === storyId && x.row.id === s.id)!
        expect([found.row.stance, found.row.stanceLabel]).toEqual([s.on.value, s.on.label])
        // The stance on the story's main claim is kept for the export's own stance columns.
        expect(found.row.main).toEqual({ stance: s.stance?.value ?? null, label: s.stance?.label ?? null })
      }
  })

  it('counts each story’s camps apart, on this claim only, and calls a camp with nothing silent', () => {
    const view = claimPageView(stories, COMMANDERS)
    const camps = view.camps.filter((c) => c.storyId === SEED_ID)
    expect(camps.map((c) => c.label)).toEqual(raw.perspectives.map((p) => p.label))
    for (const camp of camps) {
      const mine = onClaim(COMMANDERS).filter((s) => s.perspective === camp.perspectiveId)
      expect(Object.values(camp.counts).reduce((a, b) => a + b, 0)).toBe(mine.length)
      const silentHere = raw.nonResponses.filter(
        (n) => n.claim === COMMANDERS && n.perspective === camp.perspectiveId,
      )
      expect(camp.nonResponses.map((n) => n.item.id)).toEqual(silentHere.map((n) => n.id))
    }
    const analysts = camps.find((c) => c.perspectiveId === 'analysts')!
    expect(campStanceLine({ counts: analysts.counts, nonResponses: 0 })).toBe('silent')
    expect(
      campStanceLine({ counts: { supports: 2, mixed: 0, neutral: 0, rejects: 1 }, nonResponses: 1 }),
    ).toBe('2 supports, 1 rejects; no public response')
  })

  it('gives each non-response its camp and a link to its passage', () => {
    const [n] = raw.nonResponses
    const view = claimPageView([stories[0]!], n!.claim)
    expect(view.nonResponses.map((x) => [x.perspective, x.href, x.item.text])).toEqual([
      [
        raw.perspectives.find((p) => p.id === n!.perspective)!.label,
        `/stories/${SEED_ID}/sources/${n!.source}#n-${n!.id}`,
        n!.text,
      ],
    ])
    expect(claimPageView(stories, ON_TERRITORY).nonResponses).toEqual([])
  })

  it('charts one lane per camp name, each statement once under an id unique across stories', () => {
    const { chart } = claimPageView(stories, ON_TERRITORY)
    const labels = [
      ...new Set(
        onClaim(ON_TERRITORY).map((s) => raw.perspectives.find((p) => p.id === s.perspective)!.label),
      ),
    ]
    expect(chart.perspectives.map((p) => p.label).sort()).toEqual(labels.sort())
    expect(new Set(chart.rows.map((r) => r.id)).size).toBe(chart.rows.length)
    for (const row of chart.rows)
      expect(chart.perspectives[row.perspectiveIndex]!.label).toBe(row.perspectiveLabel)
    // The seed's statements take its inferred date: one day.
    expect(chart.extent).not.toBeNull()
    expect(chart.extent![0]).toBe(chart.extent![1])
  })

  it('narrows to a date range, inclusive, leaving undated statements out of any range', () => {
    const { statements } = claimPageView(stories, ON_TERRITORY)
    const day = statements[0]!.row.date.iso!
    expect(inDateRange(statements, { from: day, to: day })).toHaveLength(statements.length)
    expect(inDateRange(statements, { from: '2030-01-01', to: null })).toHaveLength(0)
    expect(inDateRange(statements, { from: null, to: null })).toBe(statements)
  })
})

describe('the claim page’s CSV', () => {
  it('has one row per statement on the claim, then one per non-response, with the stance on the claim', () => {
    const view = claimPageView([stories[0]!], COMMANDERS)
    const csv = claimStatementsToCsv(
      {
        claim: { id: COMMANDERS, wording: 'Taliban commanders assist the militants.' },
        statements: view.statements,
        nonResponses: view.nonResponses,
      },
      { origin: 'https://reader.example' },
    )
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    const header = parsed.meta.fields!
    expect(header.slice(0, 3)).toEqual(['story id', 'story title', 'perspective'])
    expect(header.slice(-5)).toEqual([
      'claim id',
      'claim',
      'claim stance',
      'claim stance label',
      'claim status',
    ])
    const statements = onClaim(COMMANDERS)
    const [n] = raw.nonResponses
    expect(
      parsed.data.map((r) => [
        r['story id'],
        r.statement,
        r['claim stance'],
        r['claim stance label'],
        r['claim status'],
      ]),
    ).toEqual([
      ...statements.map((s) => [SEED_ID, s.text, s.on.value, s.on.label, 'stance']),
      [SEED_ID, n!.text, '', '', 'no response'],
    ])
    expect(parsed.data[0]!.permalink).toMatch(new RegExp(`^https://reader\\.example/stories/${SEED_ID}[#?]`))
    expect(parsed.data.at(-1)!.permalink).toBe(
      `https://reader.example/stories/${SEED_ID}/sources/${n!.source}#n-${n!.id}`,
    )
    expect(parsed.data.at(-1)!.perspective).toBe(raw.perspectives.find((p) => p.id === n!.perspective)!.label)
  })
})
