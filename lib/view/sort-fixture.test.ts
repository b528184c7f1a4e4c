import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
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
