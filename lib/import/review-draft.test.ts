import { describe, expect, it } from 'vitest'
import { extractStatements } from '../extract/extract'
import type { Perspective } from '../story/schema'
import { checkStory } from '../story/story-check'
import {
  draftsToStatements,
  initialDrafts,
  listInWords,
  missingForReview,
  trimSpan,
  type ReviewDraft,
} from './review-draft'

const article =
  'ISLAMABAD — Caretaker Information Minister Jan Achakzai said: "There will be no talks." Residents said the road was shut.'
const perspectives: Perspective[] = [
  { id: 'officials', label: 'Officials', definition: 'Serving officials', match: ['Minister'] },
  { id: 'residents', label: 'Residents', definition: 'People who live there' },
]

const reviewed = (d: Omit<ReviewDraft, 'version'>): ReviewDraft => ({
  ...d,
  perspective: d.perspective ?? 'residents',
  stance: { value: 'rejects', label: 'Denies it' },
  reviewed: true,
  version: 1,
})

describe('initialDrafts', () => {
  it('places a draft in a camp only by the camp’s match words, and never sets a stance', () => {
    const drafts = initialDrafts(extractStatements(article), perspectives)
    expect(drafts.map((d) => [d.speaker.name, d.perspective, d.stance, d.reviewed])).toEqual([
      ['Jan Achakzai', 'officials', null, false],
      ['Residents', null, null, false],
    ])
    for (const d of drafts) expect(article.slice(d.start, d.end)).toBe(d.text)
  })
})

describe('missingForReview', () => {
  it('names, in the editor’s words, what a draft lacks', () => {
    const [first] = initialDrafts(extractStatements(article), perspectives)
    expect(missingForReview(first!)).toEqual(['a stance'])
    expect(
      missingForReview({ ...first!, perspective: null, kind: null, speaker: { name: ' ', role: null } }),
    ).toEqual(['a camp', 'a stance', 'the speaker’s name', 'whether it is a direct quote or a paraphrase'])
    expect(missingForReview({ ...first!, stance: { value: 'neutral', label: '' } })).toEqual([
      'a short label for the stance',
    ])
    expect(listInWords(['a camp', 'a stance', 'the kind'])).toBe('a camp, a stance and the kind')
  })
})

describe('trimSpan', () => {
  it('leaves white space and quotation marks at the edges out of a selection', () => {
    const start = article.indexOf(': "There') + 1
    const end = article.indexOf('." ') + 3
    const span = trimSpan(article, start, end)!
    expect(article.slice(span.start, span.end)).toBe('There will be no talks.')
    expect(trimSpan(article, end, start)).toEqual(span) // a backwards selection too
    expect(trimSpan(article, start, start + 2)).toBeNull()
  })
})

describe('draftsToStatements', () => {
  it('makes reviewed drafts statements that pass the story check, anchored where they were drafted', () => {
    const drafts = initialDrafts(extractStatements(article), perspectives).map(reviewed)
    const statements = draftsToStatements(drafts, { id: 'talks', text: article }, ['achakzai-talks'])
    expect(statements.map((s) => [s.id, s.perspective, s.stance])).toEqual([
      ['achakzai-talks-2', 'officials', { value: 'rejects', label: 'Denies it' }],
      ['residents-talks', 'residents', { value: 'rejects', label: 'Denies it' }],
    ])
    const story = checkStory(
      's.json',
      JSON.stringify({
        id: 's',
        title: 'T',
        question: 'Q',
        perspectives,
        sources: [
          {
            id: 'talks',
            publisher: 'unknown',
            title: 'unknown',
            date: 'unknown',
            url: 'unknown',
            text: article,
          },
        ],
        statements,
      }),
    )
    expect(story.statements.map((s) => [s.anchor.start, s.anchor.end])).toEqual(
      drafts.map((d) => [d.start, d.end]),
    )
  })

  it('refuses a draft that is not reviewed', () => {
    const [first] = initialDrafts(extractStatements(article), perspectives)
    expect(() => draftsToStatements([{ ...first!, version: 1 }], { id: 'talks', text: article }, [])).toThrow(
      'draft d1 is not reviewed',
    )
  })
})
