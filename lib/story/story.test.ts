import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { parseStory } from './story'
import { StoryDataError } from './story-check'

const fixtures = path.join(__dirname, '__fixtures__')

function problemsOf(name: string): string[] {
  const file = `invalid/${name}.json`
  try {
    parseStory(file, readFileSync(path.join(fixtures, file), 'utf8'))
  } catch (error) {
    if (error instanceof StoryDataError) return error.problems
    throw error
  }
  throw new Error(`${file} was accepted`)
}

describe('parseStory', () => {
  it('accepts a valid story and computes anchors in the original text', () => {
    const story = parseStory('valid/mini.json', readFileSync(path.join(fixtures, 'valid/mini.json'), 'utf8'))
    const text = story.sources[0]!.text
    // Offsets counted by hand in the fixture's source text.
    expect(story.statements.map((s) => [s.id, s.anchor])).toEqual([
      ['s1', { start: 30, end: 43 }],
      ['s2', { start: 88, end: 115 }],
    ])
    expect(text.slice(30, 43)).toBe('It is unsafe,')
    expect(text.slice(88, 115)).toBe('the closure was about money')
    expect(story.events[0]!.anchor).toEqual({ start: 0, end: 28 })
  })

  it.each([
    ['text-not-found', 'invalid/text-not-found.json: statement s1: text not found in source "paper"'],
    [
      'unknown-perspective',
      'invalid/unknown-perspective.json: statement s2: perspective "farmers" is not a perspective of this story',
    ],
    [
      'unknown-source',
      'invalid/unknown-source.json: statement s1: source "radio" is not a source of this story',
    ],
    [
      'unknown-stance',
      'invalid/unknown-stance.json: statement s2: stance.value must be one of supports, mixed, neutral, rejects (got "angry")',
    ],
    ['empty-speaker', 'invalid/empty-speaker.json: statement s1: speaker.name must not be empty'],
    ['missing-field', 'invalid/missing-field.json: statement s2: kind is missing'],
    [
      'duplicate-statement-id',
      'invalid/duplicate-statement-id.json: statement s1: id "s1" is used by more than one statement',
    ],
    [
      'ambiguous-text',
      'invalid/ambiguous-text.json: statement s2: text occurs 2 times in source "paper"; set "occurrence" to say which',
    ],
    ['event-not-found', 'invalid/event-not-found.json: event e1: text not found in source "paper"'],
    [
      'inferred-date-without-reason',
      'invalid/inferred-date-without-reason.json: source paper: date must be "unknown", a date as YYYY-MM-DD, or { "value": YYYY-MM-DD, "inferred": true, "reason": … }',
    ],
  ])('rejects %s, naming file, item and field', (name, expected) => {
    expect(problemsOf(name)).toEqual([expected])
  })

  it('reports every problem of a file at once', () => {
    expect(problemsOf('several-problems')).toEqual([
      'invalid/several-problems.json: statement s1: text not found in source "paper"',
      'invalid/several-problems.json: statement s2: perspective "farmers" is not a perspective of this story',
    ])
  })

  it('rejects broken JSON with its line and column', () => {
    const [problem] = problemsOf('broken-json')
    expect(problem).toMatch(/^invalid\/broken-json\.json: invalid JSON at line 46, column 7: /)
  })

  it('rejects a field the codebook does not define, so typos cannot pass silently', () => {
    const raw = JSON.parse(readFileSync(path.join(fixtures, 'valid/mini.json'), 'utf8'))
    raw.statements[0].stanse = 'supports'
    expect(() => parseStory('x.json', JSON.stringify(raw))).toThrow(
      'x.json: statement s1: unknown field "stanse"',
    )
  })
})

describe('loadStoriesFrom', () => {
  it('loads a folder of valid stories', () => {
    const stories = loadStoriesFrom(path.join(fixtures, 'valid'))
    expect(stories.map((s) => s.id)).toEqual(['mini'])
  })

  it('names both files when two stories share an id', () => {
    const dir = path.join(fixtures, 'duplicate-story')
    const rel = path.relative(process.cwd(), dir)
    expect(() => loadStoriesFrom(dir)).toThrow(
      `${rel}/b.json: story id "mini" is already used by ${rel}/a.json`,
    )
  })

  it('collects the problems of every file in the folder', () => {
    try {
      loadStoriesFrom(path.join(fixtures, 'invalid'))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(StoryDataError)
      // One message per bad fixture, two from several-problems.json.
      expect((error as StoryDataError).problems).toHaveLength(13)
      expect((error as Error).message).toMatch(/^Story data is invalid \(13 problems\):\n- /)
    }
  })
})
