import { describe, expect, it } from 'vitest'
import {
  sortIsIdle,
  sortRows,
  compareSource,
  compareSpeaker,
  compareStance,
  compareStatement,
  stanceRank,
  textSortKey,
} from './sort'
import { makeRow } from './testing-rows'
import type { SourceView } from './view-model'

const source = (iso: string | null, publisher: string | null): SourceView => ({
  id: `${iso}-${publisher}`,
  number: 1,
  publisher,
  title: null,
  url: null,
  date: { iso, inferred: false, reason: null, display: '' },
  notes: [],
})

describe('stance order', () => {
  it('follows the codebook scale, not the alphabet', () => {
    const rows = (['rejects', 'neutral', 'supports', 'mixed'] as const).map((stance) => makeRow({ stance }))
    expect(rows.sort(compareStance).map((r) => r.stance)).toEqual(['supports', 'mixed', 'neutral', 'rejects'])
    expect(stanceRank('supports')).toBe(0)
    expect(stanceRank('rejects')).toBe(3)
  })
})

describe('a blank stance', () => {
  // Statements that do not address the claim shown: after every stance, in both directions.
  const stances = ['rejects', null, 'supports', 'neutral', null, 'mixed', 'supports'] as const
  const rows = stances.map((stance, i) =>
    makeRow({ id: `r${i}`, stance, stanceLabel: stance, speaker: i % 2 ? 'Bo Lin' : 'Ana Ruiz' }),
  )
  const SCALE = ['supports', 'mixed', 'neutral', 'rejects']
  /** An independent sort: blanks set apart first, the rest by the scale, ties in the rows' order. */
  function expected(desc: boolean, then?: (a: (typeof rows)[number], b: (typeof rows)[number]) => number) {
    const indexed = rows.map((row, index) => ({ row, index }))
    const stanced = indexed.filter(({ row }) => row.stance !== null)
    const blank = indexed.filter(({ row }) => row.stance === null)
    const byScale = (a: (typeof indexed)[number], b: (typeof indexed)[number]) => {
      const order = SCALE.indexOf(a.row.stance!) - SCALE.indexOf(b.row.stance!)
      return (desc ? -order : order) || (then ? then(a.row, b.row) : 0) || a.index - b.index
    }
    const tail = [...blank].sort((a, b) => (then ? then(a.row, b.row) : 0) || a.index - b.index)
    return [...stanced.sort(byScale), ...tail].map(({ row }) => row.id)
  }

  it('sorts last, ascending and descending, checked against an independent sort', () => {
    expect(sortRows(rows, [{ id: 'stance', desc: false }]).map((r) => r.id)).toEqual(expected(false))
    expect(sortRows(rows, [{ id: 'stance', desc: true }]).map((r) => r.id)).toEqual(expected(true))
    expect(expected(true).slice(-2)).toEqual(['r1', 'r4'])
  })

  it('sorts last under a second key too', () => {
    // People file by surname: Lin before Ruiz, so descending puts Ruiz first.
    const surname = (row: (typeof rows)[number]) => row.speaker.split(' ').at(-1)!
    const bySpeakerDesc = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      surname(a) === surname(b) ? 0 : surname(a) < surname(b) ? 1 : -1
    expect(
      sortRows(rows, [
        { id: 'stance', desc: true },
        { id: 'speaker', desc: true },
      ]).map((r) => r.id),
    ).toEqual(expected(true, bySpeakerDesc))
    expect(
      rows
        .sort(compareStance)
        .map((r) => r.stance)
        .slice(-2),
    ).toEqual([null, null])
    expect(stanceRank(null)).toBe(4)
  })
})

describe('speaker order', () => {
  it('files people by surname and bodies by name, ignoring case, accents, ranks and articles', () => {
    const names = [
      'mohammad Radmanesh',
      'Azizuddin Ma’arij',
      'The Taliban',
      'jan Achakzai',
      'Gen. Asim Munir',
      'Ãbel Zaman',
    ]
    const sorted = names
      .map((speaker) => makeRow({ speaker }))
      .sort(compareSpeaker)
      .map((r) => r.speaker)
    // Achakzai, Ma’arij, Munir, Radmanesh, Taliban, Zaman
    expect(sorted).toEqual([
      'jan Achakzai',
      'Azizuddin Ma’arij',
      'Gen. Asim Munir',
      'mohammad Radmanesh',
      'The Taliban',
      'Ãbel Zaman',
    ])
  })
})

describe('statement order', () => {
  it('follows the position in the sources, not the alphabet', () => {
    const at = (id: string, number: number, start: number) =>
      makeRow({ id, text: id, anchor: { start, end: start + 5 }, source: { ...makeRow().source, number } })
    const rows = [at('a', 2, 10), at('b', 1, 500), at('c', 1, 20), at('d', 2, 5)]
    expect(rows.sort(compareStatement).map((r) => r.id)).toEqual(['c', 'b', 'd', 'a'])
  })
})

describe('textSortKey', () => {
  it('folds case, accents and apostrophes and pads numbers', () => {
    expect(textSortKey('Ma’arij')).toBe('maarij')
    expect(textSortKey('Ãbel 4')).toBe('abel 000000000000004')
    expect(textSortKey('file 007')).toBe(textSortKey('file 7'))
  })

  it('orders like a human reader on a mixed list, checked against a collator', () => {
    const names = ['Zoë', 'zara', 'Ömer', 'omar', 'Émile', 'eve', 'Ma’ruf', 'Mahmud']
    const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true })
    const byKey = [...names].sort((a, b) => (textSortKey(a) < textSortKey(b) ? -1 : 1))
    expect(byKey).toEqual([...names].sort(collator.compare))
  })
})

describe('source order', () => {
  it('sorts by date, then publisher, with unknowns last', () => {
    const rows = [
      makeRow({ id: 'a', source: source(null, 'Dawn') }),
      makeRow({ id: 'b', source: source('2023-12-16', null) }),
      makeRow({ id: 'c', source: source('2023-12-16', 'The News') }),
      makeRow({ id: 'd', source: source('2023-12-12', 'Dawn') }),
      makeRow({ id: 'e', source: source('2023-12-16', 'Dawn') }),
      makeRow({ id: 'f', source: source(null, null) }),
    ]
    expect(rows.sort(compareSource).map((r) => r.id)).toEqual(['d', 'e', 'c', 'b', 'a', 'f'])
  })
})

describe('a sort that ties on every row', () => {
  const rows = [
    makeRow({ id: 'a', stance: 'rejects', speaker: 'Gen. Asim Munir' }),
    makeRow({ id: 'b', stance: 'rejects', speaker: 'Asim Munir' }),
  ]
  it('is idle when its first column ties on every row, by that column’s own rule', () => {
    expect(sortIsIdle(rows, [{ id: 'stance', desc: false }])).toBe(true)
    // A rank before the name does not count in the speaker's order.
    expect(sortIsIdle(rows, [{ id: 'speaker', desc: true }])).toBe(true)
  })
  it('is not idle when the first column tells rows apart, for one row, or with no sort', () => {
    const split = [...rows, makeRow({ id: 'c', stance: 'supports', speaker: 'Ana Ruiz' })]
    expect(sortIsIdle(split, [{ id: 'stance', desc: false }])).toBe(false)
    expect(sortIsIdle(split, [{ id: 'speaker', desc: false }])).toBe(false)
    expect(sortIsIdle(rows.slice(0, 1), [{ id: 'stance', desc: false }])).toBe(false)
    expect(sortIsIdle(rows, [])).toBe(false)
  })
})
