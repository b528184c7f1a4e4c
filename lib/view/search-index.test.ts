import { describe, expect, it } from 'vitest'
import { normalizeForSearch, searchTerms } from './search'
import { rowsWithTerms, searchIndex } from './search-index'
import { makeRow } from './testing-rows'
import type { StatementRow } from './view-model'

// A small seeded generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const WORDS = [
  'border',
  'bord',
  'kabul',
  'Ma’arij',
  'talks',
  'the',
  'cross-border',
  'Doha',
  'b',
  'é',
  'order',
]

function makeRows(count: number, seed: number): StatementRow[] {
  const next = random(seed)
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!
  return Array.from({ length: count }, (_, i) =>
    makeRow({
      id: `s${i}`,
      speaker: `${pick()} ${pick()}`,
      role: next() < 0.3 ? null : pick(),
      text: Array.from({ length: 1 + Math.floor(next() * 6) }, pick).join(' '),
      caveats: next() < 0.2 ? [pick()] : [],
    }),
  )
}

/** What the search must find, worked out the slow way: each row's fields, one by one. */
function naive(rows: readonly StatementRow[], query: string): number[] {
  const terms = searchTerms(query)
  return rows.flatMap((row, i) => {
    const fields = [
      row.speaker,
      row.role ?? '',
      row.text,
      row.stanceLabel ?? '',
      row.attribution,
      ...row.caveats,
    ]
    const texts = fields.map(normalizeForSearch)
    return terms.every((term) => texts.some((text) => text.includes(term))) ? [i] : []
  })
}

const found = (rows: readonly StatementRow[], query: string) => {
  const hits = rowsWithTerms(rows, searchTerms(query))
  return hits === null ? rows.map((_, i) => i) : [...hits]
}

describe('the search index', () => {
  it('finds what a field-by-field search finds, as each query is typed letter by letter', () => {
    const rows = makeRows(400, 7)
    for (const query of ['border', 'bord kabul', 'the talks', 'maarij', 'cross border', 'e order', 'xyz']) {
      for (let typed = 1; typed <= query.length; typed++) {
        const partial = query.slice(0, typed)
        expect(found(rows, partial), partial).toEqual(naive(rows, partial))
      }
      // And backwards, as a reader deletes: shorter terms come from the remembered ones.
      for (let typed = query.length; typed >= 1; typed--) {
        const partial = query.slice(0, typed)
        expect(found(rows, partial), partial).toEqual(naive(rows, partial))
      }
    }
  })

  it('never matches across two fields or two rows', () => {
    const rows = [
      makeRow({ speaker: 'Ana', role: 'bor', text: 'der', attribution: 'x', caveats: [] }),
      makeRow({ speaker: 'der', role: null, text: 'x', attribution: 'y', caveats: [] }),
    ]
    // "bor" ends row 0's role and "der" starts its statement; row 1 starts with "der".
    expect(found(rows, 'border')).toEqual([])
    expect(found(rows, 'rder')).toEqual([])
    expect(found(rows, 'der')).toEqual([0, 1])
  })

  it('finds a term in the first and the last row, and in a caveat', () => {
    const rows = makeRows(50, 3)
    rows[0] = makeRow({ text: 'zebra crossing' })
    rows[49] = makeRow({ caveats: ['zebra noted'] })
    expect(found(rows, 'zebra')).toEqual([0, 49])
  })

  it('is made once per rows array and keeps row boundaries in order', () => {
    const rows = makeRows(20, 11)
    const index = searchIndex(rows)
    expect(searchIndex(rows)).toBe(index)
    expect(index.starts.length).toBe(21)
    for (let i = 0; i < 20; i++) expect(index.starts[i]!).toBeLessThan(index.starts[i + 1]!)
    expect(index.starts[20]).toBe(index.text.length + 1)
  })
})
