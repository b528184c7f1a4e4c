import { describe, expect, it } from 'vitest'
import { actorName, factChanges, statementChanges, statementFields } from './diff'
import type { StatementSnapshot } from './statement'

const base: StatementSnapshot = {
  id: 's1',
  perspective: 'taliban',
  speaker: { name: 'Zabihullah Mujahid', role: null },
  text: 'Afghan soil is used against no one',
  kind: 'direct',
  attribution: 'press conference',
  channel: 'firsthand',
  stance: { value: 'rejects', label: 'Denies' },
  source: 'a',
  occurrence: null,
  caveats: [],
  anchor: { start: 0, end: 34 },
  version: 1,
  deleted: false,
}

describe('what changed between two versions', () => {
  it('lists only the changed fields, in the reader’s words', () => {
    const after = {
      ...base,
      perspective: 'analysts',
      stance: { value: 'mixed', label: 'Denies' },
      version: 2,
    }
    expect(statementChanges(base, after, { taliban: 'Taliban', analysts: 'Analysts' })).toEqual([
      { field: 'perspective', label: 'Camp', before: 'Taliban', after: 'Analysts' },
      { field: 'stance.value', label: 'Stance', before: 'Rejects', after: 'Mixed' },
    ])
  })

  it('says a deletion and names who made a change: a person by name, their email for admins only', () => {
    expect(statementChanges(base, { ...base, deleted: true })).toEqual([
      { field: 'deleted', label: 'Status', before: 'In the story', after: 'Deleted' },
    ])
    const people = new Map([['user:ann@example.org', { name: 'Ann Editor', email: 'ann@example.org' }]])
    expect(actorName('user:ann@example.org', people)).toBe('Ann Editor')
    expect(actorName('user:ann@example.org', people, true)).toBe('Ann Editor (ann@example.org)')
    expect(actorName('user:gone@example.org', people)).toBe('a former account')
    expect(actorName('cli:ann@box')).toBe('ann@box (command line)')
    expect(actorName('seed')).toBe('Seeded from the story file')
  })
})

describe('a statement’s own date in the history', () => {
  it('shows the day before and after, and a cleared date as the source’s', () => {
    const dated = { ...base, date: '2024-03-04', version: 2 }
    expect(statementChanges({ ...base, date: null }, dated)).toEqual([
      { field: 'date', label: 'Date', before: '(none: the source’s date)', after: '2024-03-04' },
    ])
    expect(statementChanges(dated, { ...dated, date: null, version: 3 })).toEqual([
      { field: 'date', label: 'Date', before: '2024-03-04', after: '(none: the source’s date)' },
    ])
  })

  it('claims no change against a version logged before statements had dates', () => {
    expect(statementChanges(base, { ...base, date: '2024-03-04' })).toEqual([])
    expect(statementFields(base).find((f) => f.field === 'date')?.after).toBe('(not recorded)')
    expect(statementFields({ ...base, date: '2024-03-04' }).find((f) => f.field === 'date')?.after).toBe(
      '2024-03-04',
    )
  })
})

describe('what changed in a story, camp or source', () => {
  it('lists changed facts by name, dates and camp orders in words', () => {
    expect(
      factChanges(
        { publisher: 'unknown', date: 'unknown', url: 'unknown', version: 1 },
        {
          publisher: 'Amu TV',
          date: { value: '2023-12-20', inferred: true, reason: 'r' },
          url: 'unknown',
          version: 2,
        },
      ),
    ).toEqual([
      { field: 'publisher', label: 'Publisher', before: 'unknown', after: 'Amu TV' },
      { field: 'date', label: 'Date', before: 'unknown', after: '2023-12-20 (inferred)' },
    ])
    expect(factChanges({ camps: ['a', 'b'] }, { camps: ['b', 'a'] })).toEqual([
      { field: 'camps', label: 'Camp order', before: 'a, b', after: 'b, a' },
    ])
  })
})
