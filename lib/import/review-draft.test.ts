import { describe, expect, it } from 'vitest'
import { extractStatements } from '../extract/extract'
import type { Perspective } from '../story/schema'
import { checkStory } from '../story/story-check'
import { campSuggester } from './camp-suggestion'
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
  it('presets no camp from the camps’ match words, and never a stance', () => {
    // The officials' match word "Minister" is in a Taliban minister's title too.
    const taliban = 'Taliban Foreign Minister Amir Khan Muttaqi said the border must reopen.'
    const text = `${article} ${taliban}`
    const drafts = initialDrafts(extractStatements(text), perspectives)
    expect(
      drafts.map((d) => [d.speaker.name, d.perspective, d.campSuggestion, d.stance, d.reviewed]),
    ).toEqual([
      ['Jan Achakzai', null, undefined, null, false],
      ['Residents', null, undefined, null, false],
      ['Amir Khan Muttaqi', null, undefined, null, false],
    ])
    for (const d of drafts) expect(text.slice(d.start, d.end)).toBe(d.text)
  })

  it('presets the camp the speaker’s record suggests, marked as a suggestion', () => {
    const suggest = campSuggester({ id: 'talks', perspectives }, [
      {
        speaker: 'Jan Achakzai',
        storyId: 'talks',
        storyTitle: 'Talks',
        perspective: { id: 'officials', label: 'Officials' },
      },
    ])
    const drafts = initialDrafts(extractStatements(article), perspectives, undefined, suggest)
    expect(drafts.map((d) => [d.speaker.name, d.perspective, d.campSuggestion, d.stance])).toEqual([
      ['Jan Achakzai', 'officials', { perspective: 'officials', from: 'this story', statements: 1 }, null],
      ['Residents', null, undefined, null],
    ])
    // Only a camp of this story is ever preset.
    expect(
      initialDrafts(extractStatements(article), [{ id: 'residents' }], undefined, suggest)[0]!.perspective,
    ).toBeNull()
  })

  it('suggests nothing for a speaker left as written for review', () => {
    const two = [
      'Interior Minister Mohsin Naqvi said the border would close.',
      'Foreign Minister Ishaq Dar said talks would continue.',
      'The minister said Kabul had been warned.',
    ].join('\n')
    const suggest = () => ({ perspective: 'officials', from: 'this story' as const, statements: 3 })
    const drafts = initialDrafts(extractStatements(two), perspectives, undefined, suggest)
    expect(drafts.map((d) => [d.speakerUncertain, d.perspective])).toEqual([
      [false, 'officials'],
      [false, 'officials'],
      [true, null],
    ])
  })
})

describe('missingForReview', () => {
  it('names, in the editor’s words, what a draft lacks', () => {
    const [first] = initialDrafts(extractStatements(article), perspectives)
    expect(missingForReview(first!)).toEqual(['a camp', 'a stance on the question or on another claim'])
    expect(missingForReview({ ...first!, perspective: 'officials' })).toEqual([
      'a stance on the question or on another claim',
    ])
    expect(
      missingForReview({ ...first!, perspective: null, kind: null, speaker: { name: ' ', role: null } }),
    ).toEqual([
      'a camp',
      'a stance on the question or on another claim',
      'the speaker’s name',
      'whether it is a direct quote or a paraphrase',
    ])
    expect(
      missingForReview({ ...first!, perspective: 'officials', stance: { value: 'neutral', label: '' } }),
    ).toEqual(['a short label for the stance'])
    // A camp only suggested by the speaker's record is not a camp the editor chose.
    const suggested = {
      ...first!,
      perspective: 'officials',
      campSuggestion: { perspective: 'officials', from: 'this story' as const, statements: 2 },
      stance: { value: 'rejects' as const, label: 'No talks' },
    }
    expect(missingForReview(suggested)).toEqual(['a camp you have confirmed (the suggested one or another)'])
    expect(missingForReview({ ...suggested, campSuggestion: undefined })).toEqual([])
    // A stance on a further claim alone will do: the question may stay blank (not addressed).
    const onClaim = { claim: 'pakistan-strategy', value: 'supports' as const, label: 'Blames the army' }
    expect(missingForReview({ ...first!, perspective: 'officials', stances: [onClaim] })).toEqual([])
    expect(
      missingForReview({ ...first!, perspective: 'officials', stances: [{ ...onClaim, label: ' ' }] }),
    ).toEqual(['a short label for each stance on a claim'])
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
    const drafts = initialDrafts(extractStatements(article), perspectives)
      .map((d, i) => ({ ...d, perspective: i === 0 ? 'officials' : null }))
      .map(reviewed)
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
