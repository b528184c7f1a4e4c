import { describe, expect, it } from 'vitest'
import type { DraftStatement } from '../extract/extract'
import type { Perspective } from '../story/schema'
import { slugify } from '../story/values'
import { guessPerspective, occurrenceOf } from './draft-story'

const perspectives: Perspective[] = [
  {
    id: 'officials',
    label: 'Officials',
    definition: 'Serving officials',
    match: ['Minister', 'ISPR', 'Pakistan'],
  },
  { id: 'taliban', label: 'The Taliban', definition: 'The Taliban', match: ['Taliban', 'Islamic Emirate'] },
  { id: 'analysts', label: 'Analysts', definition: 'Experts', match: ['analyst', 'expert'] },
]

const draft = (over: Partial<DraftStatement>): DraftStatement => ({
  speaker: 'Jan Achakzai',
  role: 'Caretaker Information Minister',
  kind: 'direct',
  text: 'No talks',
  start: 1,
  end: 9,
  attribution: 'said',
  channel: 'firsthand',
  cue: 'said',
  ...over,
})

describe('guessPerspective', () => {
  it('picks the camp whose match words the name and title carry, as whole words', () => {
    expect(guessPerspective(draft({}), perspectives)).toBe('officials')
    expect(guessPerspective(draft({ speaker: 'the Taliban', role: null }), perspectives)).toBe('taliban')
    expect(guessPerspective(draft({ speaker: 'Imtiaz Gul', role: 'Security analyst' }), perspectives)).toBe(
      'analysts',
    )
    // "Pakistani" is not the word "Pakistan"; "analysts" is not "analyst".
    expect(guessPerspective(draft({ speaker: 'Pakistani analysts', role: null }), perspectives)).toBeNull()
  })
  it('leaves a tie or no match to the editor (null)', () => {
    expect(
      guessPerspective(draft({ speaker: 'Amir Muttaqi', role: 'Taliban Foreign Minister' }), perspectives),
    ).toBeNull()
    expect(guessPerspective(draft({ speaker: 'Gul Ahmad', role: 'a shopkeeper' }), perspectives)).toBeNull()
  })
})

describe('occurrenceOf', () => {
  it('numbers a repeated text as the loader counts it, white space folded', () => {
    const source = 'He said "no talks". Later: "no  talks".'
    expect(occurrenceOf(source, { text: 'no talks', start: 9 })).toBe(1)
    expect(occurrenceOf(source, { text: 'no  talks', start: 28 })).toBe(2)
    expect(occurrenceOf(source, { text: 'Later', start: 20 })).toBeUndefined()
  })
})

describe('slugify', () => {
  it('makes schema-safe ids', () => {
    expect(slugify('Ma’arij: “Pakistan” — épicentre!')).toBe('maarij-pakistan-epicentre')
  })
})
