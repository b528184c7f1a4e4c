import { describe, expect, it } from 'vitest'
import type { DraftStatement } from '../extract/extract'
import type { Perspective, StoryFile } from '../story/schema'
import { checkStory } from '../story/story-check'
import {
  addArticle,
  emptyStory,
  guessPerspective,
  ImportError,
  occurrenceOf,
  slugify,
  sourceDate,
} from './draft-story'

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
    expect(guessPerspective(draft({ speaker: 'Pakistani analysts', role: null }), perspectives)).toBe(
      'unassigned',
    )
  })
  it('leaves a tie or no match unassigned', () => {
    expect(
      guessPerspective(draft({ speaker: 'Amir Muttaqi', role: 'Taliban Foreign Minister' }), perspectives),
    ).toBe('unassigned')
    expect(guessPerspective(draft({ speaker: 'Gul Ahmad', role: 'a shopkeeper' }), perspectives)).toBe(
      'unassigned',
    )
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

describe('slugify and sourceDate', () => {
  it('makes schema-safe ids', () => {
    expect(slugify('Ma’arij: “Pakistan” — épicentre!')).toBe('maarij-pakistan-epicentre')
  })
  it('accepts YYYY-MM-DD or unknown, and refuses anything else', () => {
    expect(sourceDate(undefined)).toBe('unknown')
    expect(sourceDate('2023-12-16')).toBe('2023-12-16')
    expect(() => sourceDate('16/12/2023')).toThrow(
      'The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got "16/12/2023")',
    )
  })
})

describe('addArticle', () => {
  const text = 'Caretaker Information Minister Jan Achakzai said: "No talks." A Taliban spokesman denied it.'
  const base: StoryFile = { ...emptyStory('s', { title: 'T', question: 'Q', perspectives }) }
  const drafts = [
    draft({ text: 'No talks.', start: 51, end: 60 }),
    draft({ speaker: 'Gul Ahmad', role: null, kind: 'paraphrase', text: 'denied it', start: 82, end: 91 }),
  ]

  it('adds one source and draft statements that pass the loader’s checks', () => {
    const { story, sourceId, added } = addArticle(base, {
      text,
      fileName: 'achakzai.txt',
      meta: { title: 'No talks, says minister' },
      drafts,
      importedOn: '2026-11-27',
    })
    expect(sourceId).toBe('no-talks-says-minister')
    expect(added.map((s) => [s.id, s.perspective, s.review, s.stance.value])).toEqual([
      ['achakzai-no-talks-says-minister', 'officials', 'draft', 'neutral'],
      ['ahmad-no-talks-says-minister', 'unassigned', 'draft', 'neutral'],
    ])
    // The unassigned camp is added once, after the story's own.
    expect(story.perspectives.map((p) => p.id)).toEqual(['officials', 'taliban', 'analysts', 'unassigned'])
    const checked = checkStory('s.json', JSON.stringify(story))
    expect(checked.statements.map((s) => s.anchor)).toEqual([
      { start: 51, end: 60 }, // counted by hand: 51 characters before the quotation
      { start: 82, end: 91 },
    ])
    expect(base.sources).toEqual([]) // the input story is not changed
  })

  it('refuses an article the story already has, whatever its white space', () => {
    const { story } = addArticle(base, {
      text,
      fileName: 'a.txt',
      meta: {},
      drafts,
      importedOn: '2026-11-27',
    })
    expect(() =>
      addArticle(story, {
        text: text.replace(/ /g, '  '),
        fileName: 'b.txt',
        meta: {},
        drafts,
        importedOn: '2026-11-27',
      }),
    ).toThrow(new ImportError('story s already has this article, as source a; nothing was changed'))
  })
})
