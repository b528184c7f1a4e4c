import { describe, expect, it } from 'vitest'
import type { ReviewDraft } from '../import/review-draft'
import { historyEntry } from './history-entry'
import { draftPatch, draftValue, draftValues } from './draft-form'

const draft: ReviewDraft = {
  id: 'd1',
  position: 0,
  speaker: { name: 'Ali Khan', role: 'spokesman' },
  start: 1,
  end: 20,
  text: 'We will not hand over',
  kind: 'direct',
  attribution: 'said',
  channel: 'firsthand',
  caveats: [],
  perspective: null,
  stance: { value: 'rejects', label: '' },
  stances: [],
  reviewed: false,
  speakerUncertain: false,
  date: null,
  dateCue: null,
  version: 3,
}

describe('a draft’s save', () => {
  it('carries an edited field with its saved partner: the label with the stance, the role with the name', () => {
    const fields = new Map<string, unknown>([
      ['stanceLabel', 'Denies it'],
      ['speakerName', 'Ali Khan Achakzai'],
      ['caveats', 'One\n\n two '],
    ])
    expect(draftPatch(fields, draft)).toEqual({
      ok: true,
      patch: {
        stance: { value: 'rejects', label: 'Denies it' },
        speaker: { name: 'Ali Khan Achakzai', role: 'spokesman' },
        caveats: ['One', 'two'],
      },
    })
  })

  it('holds a label back while no stance is chosen, saying why', () => {
    const open = { ...draft, stance: null }
    expect(draftPatch(new Map([['stanceLabel', 'x']]), open)).toEqual({
      ok: false,
      message: 'Choose a stance first: its label is saved with it.',
    })
    expect(draftValues(open)).toMatchObject({ stanceValue: '', stanceLabel: '', perspective: '' })
  })

  it('confirms a suggested camp by giving that camp as the editor’s own', () => {
    const suggested: ReviewDraft = {
      ...draft,
      perspective: 'taliban',
      campSuggestion: { perspective: 'taliban', from: 'this story', statements: 2 },
    }
    expect(draftValue(suggested, 'confirmCamp')).toBe(false)
    expect(draftValue({ ...suggested, campSuggestion: undefined }, 'confirmCamp')).toBe(true)
    expect(draftPatch(new Map([['confirmCamp', true]]), suggested)).toEqual({
      ok: true,
      patch: { perspective: 'taliban' },
    })
    // Another camp chosen meanwhile is the one given.
    expect(
      draftPatch(
        new Map<string, unknown>([
          ['perspective', 'analysts'],
          ['confirmCamp', true],
        ]),
        suggested,
      ),
    ).toEqual({ ok: true, patch: { perspective: 'analysts' } })
  })

  it('sends the stances on further claims whole, as the card holds them, and leaves them out when untouched', () => {
    const stances = [{ claim: 'army-strategy', value: 'supports', label: 'Blames the army' }]
    expect(draftValue(draft, 'stances')).toEqual([])
    expect(draftPatch(new Map([['stances', stances]]), draft)).toEqual({ ok: true, patch: { stances } })
    expect(draftPatch(new Map([['kind', 'paraphrase']]), draft)).toEqual({
      ok: true,
      patch: { kind: 'paraphrase' },
    })
  })
})

describe('a draft’s history entry', () => {
  it('shows its stances on further claims, and none for a version logged before drafts had them', () => {
    const stances = [{ claim: 'army-strategy', value: 'supports' as const, label: 'Blames the army' }]
    const change = (after: object) => ({
      id: 1,
      entity: 'draft',
      entityId: 'r1/d1',
      action: 'update',
      actor: 'user:e@example.org',
      at: new Date('2024-01-03T10:00:00Z'),
      before: null,
      after,
    })
    expect(historyEntry(change({ ...draft, stances }), 'Eddie').after?.stances).toEqual(stances)
    const older: Partial<typeof draft> = { ...draft }
    delete older.stances
    expect(historyEntry(change(older), 'Eddie').after?.stances).toEqual([])
  })
})
