import { describe, expect, it } from 'vitest'
import { changesOf, formOf, rebase, snapshotOf } from './form'
import type { StatementSnapshot } from './statement'

const base: StatementSnapshot = {
  id: 's1',
  perspective: 'taliban',
  speaker: { name: 'Zabihullah Mujahid', role: 'spokesman' },
  text: 'soil is used against no one',
  kind: 'direct',
  attribution: 'press conference',
  channel: 'firsthand',
  stance: { value: 'rejects', label: 'Denies' },
  source: 'a',
  occurrence: null,
  caveats: ['Title differs later'],
  anchor: { start: 10, end: 37 },
  version: 4,
  deleted: false,
}

describe('the edit form', () => {
  it('sends only what the editor changed', () => {
    const form = {
      ...formOf(base),
      stanceLabel: 'Flatly denies',
      speakerRole: ' ',
      caveats: 'Title differs later\n\nSecondhand\n',
    }
    expect(changesOf(base, form)).toEqual({
      speaker: { name: 'Zabihullah Mujahid', role: null },
      stance: { value: 'rejects', label: 'Flatly denies' },
      caveats: ['Title differs later', 'Secondhand'],
    })
    expect(changesOf(base, formOf(base))).toEqual({})
  })

  it('sends the statement’s date when set or changed, and null when emptied', () => {
    expect(changesOf(base, { ...formOf(base), date: '2024-03-04' })).toEqual({ date: '2024-03-04' })
    const dated = { ...base, date: '2024-03-04' }
    expect(formOf(dated).date).toBe('2024-03-04')
    expect(changesOf(dated, formOf(dated))).toEqual({})
    expect(changesOf(dated, { ...formOf(dated), date: '2024-03-05' })).toEqual({ date: '2024-03-05' })
    expect(changesOf(dated, { ...formOf(dated), date: '' })).toEqual({ date: null })
    expect(snapshotOf(dated, { ...formOf(dated), date: '' }).date).toBeNull()
    // Someone else's newer version keeps the editor's date on top of it.
    const theirs = { ...dated, attribution: 'statement on X', version: 5 }
    expect(rebase(dated, { ...formOf(dated), date: '' }, theirs)).toMatchObject({
      date: '',
      attribution: 'statement on X',
    })
  })

  it('puts the editor’s changes on top of a newer version, keeping the other editor’s', () => {
    const mine = {
      ...formOf(base),
      stanceLabel: 'Mine',
      anchor: { start: 12, end: 37 },
      text: 'il is used against no one',
    }
    const theirs = { ...base, attribution: 'statement on X', kind: 'paraphrase', version: 5 }
    const merged = rebase(base, mine, theirs)
    expect(merged).toMatchObject({
      attribution: 'statement on X',
      kind: 'paraphrase',
      stanceLabel: 'Mine',
      anchor: { start: 12, end: 37 },
    })
    expect(changesOf(theirs, merged)).toEqual({
      stance: { value: 'rejects', label: 'Mine' },
      anchor: { start: 12, end: 37 },
    })
  })

  it('sends the stances on further claims only when they changed, whatever their order', () => {
    const coded = {
      ...base,
      stances: [
        { claim: 'c1', value: 'supports', label: 'Yes' },
        { claim: 'c2', value: 'rejects', label: 'No' },
      ],
    }
    expect(changesOf(coded, formOf(coded))).toEqual({})
    const reordered = { ...formOf(coded), stances: [...coded.stances].reverse() }
    expect(changesOf(coded, reordered)).toEqual({})
    const dropped = { ...formOf(coded), stances: [coded.stances[0]!] }
    expect(changesOf(coded, dropped)).toEqual({ stances: [coded.stances[0]] })
    // A version logged before stances on claims reads as none.
    expect(formOf(base).stances).toEqual([])
    const theirs = { ...coded, attribution: 'statement on X', version: 5 }
    expect(rebase(coded, dropped, theirs)).toMatchObject({
      attribution: 'statement on X',
      stances: [coded.stances[0]],
    })
    expect(snapshotOf(coded, dropped).stances).toEqual([coded.stances[0]])
  })
})
