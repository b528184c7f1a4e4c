import { describe, expect, it } from 'vitest'
import { extractStatements } from '../extract/extract'
import type { Perspective } from '../story/schema'
import { checkStory, StoryDataError } from '../story/story-check'
import { buildReviewedStory, reviewRows } from './review'

const text = 'Caretaker Information Minister Jan Achakzai said: "No talks." Residents said the road was shut.'
const camps: Perspective[] = [
  { id: 'officials', label: 'Officials', definition: 'Officials', match: ['Minister'] },
]
const fields = { id: 'talks', title: 'Talks', question: 'Talks will end the violence.', perspectives: camps }
const article = { text, fileName: 'talks.txt', meta: {}, importedOn: '2026-11-27' }

function rows() {
  return reviewRows(extractStatements(text), (d) =>
    d.role?.includes('Minister') ? 'officials' : 'unassigned',
  )
}

describe('buildReviewedStory', () => {
  it('keeps the analyst’s corrections, drops the draft mark of accepted rows, and loads', () => {
    const [minister, residents] = rows()
    expect(minister?.draft.text).toBe('No talks.')
    expect(residents?.draft.text).toBe('the road was shut')
    const json = buildReviewedStory(fields, article, [
      {
        ...minister!,
        stance: 'supports',
        label: 'Refuses talks',
        accepted: true,
        role: 'Information Minister',
      },
      { ...residents!, role: '  ', kind: 'paraphrase' },
    ])
    const story = checkStory('talks.json', json)
    expect(story.statements.map((s) => [s.speaker, s.perspective, s.stance, s.review])).toEqual([
      [
        { name: 'Jan Achakzai', role: 'Information Minister' },
        'officials',
        { value: 'supports', label: 'Refuses talks' },
        undefined,
      ],
      [
        { name: 'Residents', role: null },
        'unassigned',
        { value: 'neutral', label: 'Not yet reviewed' },
        'draft',
      ],
    ])
    // The unassigned camp is added because a row uses it; the text is the article's own.
    expect(story.perspectives.map((p) => p.id)).toEqual(['officials', 'unassigned'])
    expect(story.sources[0]?.text).toBe(text)
    expect(story.statements.map((s) => text.slice(s.anchor.start, s.anchor.end))).toEqual([
      'No talks.',
      'the road was shut',
    ])
  })

  it('adds no unassigned camp when every row has a camp', () => {
    const [minister] = rows()
    const story = checkStory('talks.json', buildReviewedStory(fields, article, [minister!]))
    expect(story.perspectives.map((p) => p.id)).toEqual(['officials'])
  })

  it('refuses a story that would not load, naming the statement and field', () => {
    const [minister] = rows()
    let error: unknown
    try {
      buildReviewedStory(fields, article, [{ ...minister!, speaker: ' ' }])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoryDataError)
    expect((error as StoryDataError).problems).toEqual([
      'talks.json: statement talks: speaker.name must not be empty',
    ])
  })
})
