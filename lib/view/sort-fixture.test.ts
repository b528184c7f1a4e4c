import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { rowsOnClaim } from './claim-rows'
import { sortRows, type ColumnSort } from './sort'
import { statementRows, type StatementRow } from './view-model'

/**
 * The sorts checked against an independent sort of the e2e suite's 3,000-statement
 * fixture (the same generator and seed), as Datasette checks its sorts against Python's:
 * the expected order is computed here from the raw story file, with plain tuple keys.
 */

interface RawStatement {
  id: string
  perspective: string
  speaker: { name: string }
  stance: { value: string }
  source: string
}
interface RawStory {
  perspectives: { id: string }[]
  sources: { id: string; date: string; publisher: string }[]
  statements: RawStatement[]
}

const root = path.resolve(__dirname, '..', '..')
let dir = ''
let raw: RawStory
let rows: readonly StatementRow[]

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sort-fixture-'))
  execFileSync(process.execPath, [
    path.join(root, 'scripts', 'generate-story.mjs'),
    ...['--statements', '3000', '--out', dir, '--seed', '7'],
  ])
  const [story] = loadStoriesFrom(dir)
  raw = story as unknown as RawStory
  rows = statementRows(story!)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SCALE = ['supports', 'mixed', 'neutral', 'rejects']
// A collator that ignores case, accents and punctuation: another route to the order the
// app's folded sort keys give ("José" with "Jose", "Ma’ruf" with "Maruf").
const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true })
const plain = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1)

/** Each column's order from the raw file: what the codebook and README say it sorts by. */
function compareRaw(a: RawStatement, b: RawStatement, column: ColumnSort['id']): number {
  const source = (s: RawStatement) => raw.sources.find((x) => x.id === s.source)!
  switch (column) {
    case 'stance':
      return plain(SCALE.indexOf(a.stance.value), SCALE.indexOf(b.stance.value))
    case 'source':
      return (
        plain(source(a).date, source(b).date) || collator.compare(source(a).publisher, source(b).publisher)
      )
    case 'perspective': {
      const at = (s: RawStatement) => raw.perspectives.findIndex((p) => p.id === s.perspective)
      return plain(at(a), at(b))
    }
    case 'speaker': {
      // The generator's speakers are "Given Surname": filed by surname, then given name.
      const filed = (s: RawStatement) => s.speaker.name.split(' ').reverse().join(' ')
      return collator.compare(filed(a), filed(b))
    }
    case 'statement':
      throw new Error('not checked here')
  }
}

function expectedOrder(sorting: ColumnSort[]): string[] {
  return raw.statements
    .map((s, index) => ({ s, index }))
    .sort((a, b) => {
      for (const sort of sorting) {
        const order = compareRaw(a.s, b.s, sort.id)
        if (order !== 0) return sort.desc ? -order : order
      }
      return a.index - b.index // ties keep the story's order, whatever the direction
    })
    .map(({ s }) => s.id)
}

const ids = (sorting: ColumnSort[]) => sortRows(rows, sorting).map((row) => row.id)

describe('sortRows on the 3,000-statement fixture', () => {
  it('has varied keys, so these checks can tell a sort from none', () => {
    expect(new Set(raw.sources.map((s) => s.date)).size).toBeGreaterThan(5)
    expect(new Set(raw.statements.map((s) => s.stance.value)).size).toBe(4)
    expect(new Set(raw.statements.map((s) => s.speaker.name)).size).toBeGreaterThan(20)
    expect(raw.statements.every((s) => s.speaker.name.split(' ').length === 2)).toBe(true)
    expect(ids([{ id: 'source', desc: true }])).not.toEqual(raw.statements.map((s) => s.id))
  })

  it.each<[string, ColumnSort[]]>([
    ['Source ascending', [{ id: 'source', desc: false }]],
    ['Source descending', [{ id: 'source', desc: true }]],
    ['Stance ascending', [{ id: 'stance', desc: false }]],
    ['Stance descending', [{ id: 'stance', desc: true }]],
    // One small-integer key takes the bucket pass; these check it against comparisons.
    ['Perspective descending', [{ id: 'perspective', desc: true }]],
    // Speaker alone ranks its few distinct keys, then places the rows by rank.
    ['Speaker ascending', [{ id: 'speaker', desc: false }]],
    ['Speaker descending', [{ id: 'speaker', desc: true }]],
    [
      'Stance, then Source descending',
      [
        { id: 'stance', desc: false },
        { id: 'source', desc: true },
      ],
    ],
    [
      'Perspective, then Speaker descending, then Stance',
      [
        { id: 'perspective', desc: false },
        { id: 'speaker', desc: true },
        { id: 'stance', desc: false },
      ],
    ],
  ])('%s matches the independent sort', (_, sorting) => {
    expect(ids(sorting)).toEqual(expectedOrder(sorting))
  })

  it('gives the rows back untouched with no sort', () => {
    expect(sortRows(rows, [])).toBe(rows)
  })
})

/**
 * The same fixture generated with claims: some statements take no stance on the question
 * (a blank, sorted last in both directions), and the claim filter shows the stance on a
 * further claim, which the Stance sort then orders. Checked against the raw file.
 */
describe('sortRows with claims, on the 3,000-statement fixture', () => {
  let claimsDir = ''
  let file: {
    claims: { id: string }[]
    statements: { id: string; stance?: { value: string }; stances?: { claim: string; value: string }[] }[]
  }
  let claimRows: readonly StatementRow[]
  beforeAll(() => {
    claimsDir = mkdtempSync(path.join(tmpdir(), 'sort-fixture-claims-'))
    execFileSync(process.execPath, [
      path.join(root, 'scripts', 'generate-story.mjs'),
      ...['--statements', '3000', '--out', claimsDir, '--seed', '7', '--claims', '6'],
    ])
    // The expected orders come from the file as written, not from the loader.
    file = JSON.parse(readFileSync(path.join(claimsDir, 'synthetic-3000.json'), 'utf8'))
    const [story] = loadStoriesFrom(claimsDir)
    claimRows = statementRows(story!)
  })
  afterAll(() => rmSync(claimsDir, { recursive: true, force: true }))

  /** Ids by the stance the raw file gives on `claim`, blanks last, ties in file order. */
  function byStance(claim: string | null, desc: boolean, only: boolean): string[] {
    const stanceOf = (s: (typeof file.statements)[number]) =>
      claim === null ? s.stance?.value : s.stances?.find((x) => x.claim === claim)?.value
    const listed = file.statements
      .map((s, index) => ({ id: s.id, value: stanceOf(s), index }))
      .filter((s) => !only || s.value !== undefined)
    const ranked = listed.filter((s) => s.value !== undefined)
    const blank = listed.filter((s) => s.value === undefined)
    ranked.sort((a, b) => {
      const order = SCALE.indexOf(a.value!) - SCALE.indexOf(b.value!)
      return (desc ? -order : order) || a.index - b.index
    })
    return [...ranked, ...blank].map((s) => s.id)
  }

  it('has blank stances on the question, and stances on the further claims', () => {
    expect(file.statements.filter((s) => !s.stance).length).toBeGreaterThan(50)
    expect(
      file.statements.filter((s) => s.stances?.some((x) => x.claim === 'claim-2')).length,
    ).toBeGreaterThan(100)
  })

  it.each([false, true])('puts the blank last, descending %s, as the independent sort does', (desc) => {
    expect(sortRows(claimRows, [{ id: 'stance', desc }]).map((r) => r.id)).toEqual(
      byStance(null, desc, false),
    )
  })

  it.each([false, true])('orders the stance on a further claim under its filter, descending %s', (desc) => {
    const onClaim = rowsOnClaim(claimRows, 'claim-2', file.claims[0]!.id)
    expect(sortRows(onClaim, [{ id: 'stance', desc }]).map((r) => r.id)).toEqual(
      byStance('claim-2', desc, true),
    )
  })
})
