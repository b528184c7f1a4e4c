import path from 'node:path'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { claimMatrix, prepareClaimMatrix, rowMark, type ClaimCell } from './claim-matrix'
import { claimViews, nonResponseViews, noResponseText, type ClaimView } from './claims'
import { makeRow } from './testing-rows'
import { statementRows } from './view-model'

const cell = (
  ...stances: ('supports' | 'mixed' | 'neutral' | 'rejects')[]
): Pick<ClaimCell, 'stances' | 'total'> => ({
  stances: stances.map((stance) => ({ stance, count: 1, speakers: [], speakerCount: 1 })),
  total: stances.length,
})
const silent = cell()

describe('rowMark', () => {
  it('marks a split when one camp supports and another rejects', () => {
    expect(rowMark([cell('supports'), cell('rejects')])).toBe('split')
    expect(rowMark([cell('mixed'), cell('supports', 'neutral'), silent, cell('rejects')])).toBe('split')
    // A camp of both sides, against another that supports: still two camps on opposite sides.
    expect(rowMark([cell('supports', 'rejects'), cell('supports')])).toBe('split')
  })

  it('marks agreement when two or more camps spoke and none takes the opposite side', () => {
    expect(rowMark([cell('supports'), cell('supports', 'mixed')])).toBe('agree')
    expect(rowMark([cell('rejects'), silent, cell('rejects', 'neutral')])).toBe('agree')
    expect(rowMark([cell('neutral'), cell('mixed')])).toBe('agree')
  })

  it('marks nothing when fewer than two camps spoke, or one camp alone takes both sides', () => {
    expect(rowMark([cell('supports'), silent, silent])).toBeNull()
    expect(rowMark([silent, silent])).toBeNull()
    expect(rowMark([cell('supports', 'rejects'), silent])).toBeNull()
    expect(rowMark([cell('supports', 'rejects'), cell('mixed')])).toBeNull()
  })
})

const claims: ClaimView[] = [
  { id: 'main', slug: 'main', wording: 'The bridge is unsafe.', notes: [], main: true },
  { id: 'money', slug: 'money', wording: 'The closure saves money.', notes: [], main: false },
]

describe('claimMatrix', () => {
  it('counts each camp’s stances per claim, lists the speakers with their rows, and marks the rest', () => {
    const rows = [
      makeRow({ id: 'a1', perspectiveId: 'city', speaker: 'Ana Ruiz', stance: 'supports' }),
      makeRow({ id: 'a2', perspectiveId: 'city', speaker: 'Ana Ruiz', stance: 'supports' }),
      makeRow({
        id: 'b1',
        perspectiveId: 'residents',
        speaker: 'Bo Lin',
        stance: null,
        stanceLabel: null,
        claimStances: [{ claim: 'money', value: 'supports', label: 'About money' }],
      }),
      makeRow({
        id: 'b2',
        perspectiveId: 'residents',
        speaker: 'Cy Dee',
        stance: 'rejects',
        claimStances: [{ claim: 'money', value: 'mixed', label: 'Partly' }],
      }),
    ]
    const [main, money] = claimMatrix(rows, claims, ['city', 'residents', 'farmers'], [], 'main')
    expect(main!.mark).toBe('split')
    expect(main!.cells.map((c) => [c.perspectiveId, c.status, c.total])).toEqual([
      ['city', 'stance', 2],
      ['residents', 'stance', 1],
      ['farmers', 'silent', 0],
    ])
    expect(main!.cells[0]!.stances).toEqual([
      {
        stance: 'supports',
        count: 2,
        speakers: [{ speaker: 'Ana Ruiz', rows: [rows[0]], count: 2 }],
        speakerCount: 1,
      },
    ])
    // On the further claim only the residents spoke: one camp, no mark; the others are silent.
    expect(money!.mark).toBeNull()
    expect(money!.cells.map((c) => c.status)).toEqual(['silent', 'stance', 'silent'])
    expect(
      money!.cells[1]!.stances.map((s) => [s.stance, s.count, s.speakers.map((x) => x.speaker)]),
    ).toEqual([
      ['supports', 1, ['Bo Lin']],
      ['mixed', 1, ['Cy Dee']],
    ])
  })

  it('shows a non-response beside the stances, and in place of silence', () => {
    const rows = [makeRow({ perspectiveId: 'city', stance: 'supports' })]
    const nonResponse = {
      id: 'n1',
      perspectiveId: 'residents',
      claimId: 'money',
      text: 'Residents have not responded',
      source: makeRow().source,
      anchor: { start: 0, end: 5 },
      asOf: { iso: '2024-03-01', fromSource: true, inferred: false, display: '1 Mar 2024' },
      notes: [],
    }
    const [main, money] = claimMatrix(rows, claims, ['city', 'residents'], [nonResponse], 'main')
    expect(main!.cells[1]!.status).toBe('silent')
    expect(money!.cells[1]).toMatchObject({ status: 'no response', total: 0, nonResponses: [nonResponse] })
    expect(noResponseText(nonResponse.asOf)).toBe('no public response as of 1 Mar 2024')
  })

  it('lists the first few speakers and rows of a crowded cell and counts the rest', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      makeRow({ id: `r${i}`, speaker: `Speaker ${i % 10}`, stance: 'rejects' }),
    )
    const [main] = claimMatrix(rows, claims.slice(0, 1), ['city'], [], 'main')
    const [rejects] = main!.cells[0]!.stances
    expect(rejects!.count).toBe(40)
    expect(rejects!.speakerCount).toBe(10)
    expect(rejects!.speakers.map((s) => s.speaker)).toEqual([
      'Speaker 0',
      'Speaker 1',
      'Speaker 2',
      'Speaker 3',
    ])
    expect(rejects!.speakers[0]).toMatchObject({ speaker: 'Speaker 0', count: 4 })
    // Each listed speaker links to their first statement in the cell.
    expect(rejects!.speakers[0]!.rows.map((r) => r.id)).toEqual(['r0'])
  })
})

describe('the seed story’s claim matrix', () => {
  const root = path.join(__dirname, '..', '..')
  const [story] = loadStoriesFrom(path.join(root, 'data', 'stories'))
  // Worked out here from the data file itself, not from the app's view model.
  const raw = JSON.parse(
    readFileSync(path.join(root, 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json'), 'utf8'),
  ) as {
    claims: { id: string }[]
    perspectives: { id: string }[]
    statements: {
      perspective: string
      speaker: { name: string }
      stance?: { value: string }
      stances?: { claim: string; value: string }[]
    }[]
    nonResponses: { perspective: string; claim: string }[]
  }
  const matrix = claimMatrix(
    statementRows(story!),
    claimViews(story!),
    story!.perspectives.map((p) => p.id),
    nonResponseViews(story!),
    story!.claims[0]!.id,
  )

  it('counts, for every claim and camp, the stances the data file gives', () => {
    for (const [c, claim] of raw.claims.entries())
      for (const [p, camp] of raw.perspectives.entries()) {
        const taken = raw.statements
          .filter((s) => s.perspective === camp.id)
          .map((s) => (c === 0 ? s.stance?.value : s.stances?.find((x) => x.claim === claim.id)?.value))
          .filter((v) => v !== undefined)
        const counted = Object.fromEntries(matrix[c]!.cells[p]!.stances.map((s) => [s.stance, s.count]))
        const expected: Record<string, number> = {}
        for (const v of taken) expected[v!] = (expected[v!] ?? 0) + 1
        expect(counted, `${claim.id} × ${camp.id}`).toEqual(expected)
        const noResponse = raw.nonResponses.some((n) => n.claim === claim.id && n.perspective === camp.id)
        expect(matrix[c]!.cells[p]!.status).toBe(
          taken.length > 0 ? 'stance' : noResponse ? 'no response' : 'silent',
        )
      }
  })

  it('marks the question and the Afghan-territory claim split; the Taliban gave no response on the commanders', () => {
    expect(matrix.map((row) => [row.claim.id, row.mark])).toEqual([
      ['militancy-driven-from-afghanistan', 'split'],
      ['militants-operate-from-afghan-territory', 'split'],
      ['taliban-commanders-assist-militants', null],
      ['pakistani-military-strategy-shares-blame', null],
      ['accusations-secure-funding-for-pakistan', null],
      ['pakistan-a-base-for-militant-groups', null],
    ])
    const commanders = matrix[2]!.cells[1]!
    expect(commanders.status).toBe('no response')
    expect(noResponseText(commanders.nonResponses[0]!.asOf)).toBe(
      'no public response as of about 16 Dec 2023 (inferred)',
    )
  })
})

describe('a matrix made ahead, while the browser is idle', () => {
  it('is the same matrix, and the view then finds it made', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      makeRow({
        id: `r${i}`,
        speaker: `Speaker ${i % 7}`,
        perspectiveId: i % 3 ? 'city' : 'residents',
        stance: i % 4 ? 'supports' : 'rejects',
        claimStances: i % 5 ? [] : [{ claim: 'money', value: 'mixed', label: 'Partly' }],
      }),
    )
    const input = { rows, claims, perspectiveIds: ['city', 'residents'], nonResponses: [], mainId: 'main' }
    // A stand-in for idle time: each slice runs at once.
    const now = (count: number, work: (i: number) => void, done: () => void) => {
      for (let i = 0; i < count; i++) work(i)
      done()
      return () => {}
    }
    const fresh = claimMatrix([...rows], claims, ['city', 'residents'], [], 'main')
    prepareClaimMatrix(input, now)
    const made = claimMatrix(rows, claims, ['city', 'residents'], [], 'main')
    expect(made).toEqual(fresh)
    // Made once: the view's call returns the prepared object itself.
    expect(claimMatrix(rows, claims, ['city', 'residents'], [], 'main')).toBe(made)
  })
})
