import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimsOf, derivedMainClaim, mainClaimId, onlyDerivedClaim } from './claims'
import { parseStory } from './story'
import { StoryDataError } from './story-check'

const MINI = readFileSync(path.join(__dirname, '__fixtures__', 'valid', 'mini.json'), 'utf8')

/** The mini story with two claims besides its question, a stance on one, and a non-response. */
function withClaims() {
  const raw = JSON.parse(MINI)
  raw.claims = [
    { id: 'closed-for-safety', slug: 'closed-for-safety', wording: raw.question },
    { id: 'closure-saves-money', slug: 'closure-saves-money', wording: 'The closure saves the city money.' },
    { id: 'bridge-is-old', slug: 'bridge-is-old', wording: 'The bridge is too old to be safe.' },
  ]
  raw.statements[1].stances = [{ claim: 'closure-saves-money', value: 'supports', label: 'About money' }]
  raw.nonResponses = [
    {
      id: 'city-silent-on-money',
      perspective: 'city',
      claim: 'closure-saves-money',
      text: 'Residents said the closure was about money.',
      source: 'paper',
    },
  ]
  return raw
}

function problems(raw: unknown): string[] {
  try {
    parseStory('s.json', JSON.stringify(raw))
  } catch (error) {
    if (error instanceof StoryDataError) return error.problems
    throw error
  }
  return []
}

describe('claims in a story file', () => {
  it('loads a file without claims, its question the main claim', () => {
    const story = parseStory('mini.json', MINI)
    expect(story.claims).toEqual([
      {
        id: 'mini-question',
        slug: 'mini-question',
        wording: 'The bridge was closed for safety reasons.',
        notes: [],
      },
    ])
    expect(mainClaimId('mini')).toBe('mini-question')
    expect(onlyDerivedClaim(story, story.claims)).toBe(true)
    expect(story.nonResponses).toEqual([])
    expect(story.statements.every((s) => s.stances.length === 0)).toBe(true)
  })

  it('loads claims, stances on them and a non-response, anchored in its source', () => {
    const story = parseStory('s.json', JSON.stringify(withClaims()))
    expect(story.claims.map((c) => c.id)).toEqual([
      'closed-for-safety',
      'closure-saves-money',
      'bridge-is-old',
    ])
    expect(onlyDerivedClaim(story, story.claims)).toBe(false)
    expect(story.statements[1]!.stances).toEqual([
      { claim: 'closure-saves-money', value: 'supports', label: 'About money' },
    ])
    const [silent] = story.nonResponses
    const text = story.sources[0]!.text
    expect(text.slice(silent!.anchor.start, silent!.anchor.end)).toBe(
      'Residents said the closure was about money.',
    )
  })

  it('lets a statement that takes a stance on a further claim leave out its stance on the question', () => {
    const raw = withClaims()
    delete raw.statements[1].stance
    expect(problems(raw)).toEqual([])
    delete raw.statements[0].stance
    expect(problems(raw)).toEqual(['s.json: statement s1: stance is missing'])
  })

  it('refuses bad references, naming file, item and field', () => {
    const raw = withClaims()
    raw.claims[0].wording = 'Something else.'
    raw.claims.push({ id: 'bridge-is-old', slug: 'another-slug', wording: 'Twice.' })
    raw.claims.push({ id: 'third', slug: 'closure-saves-money', wording: 'Slug twice.' })
    raw.statements[0].stances = [
      { claim: 'closed-for-safety', value: 'supports', label: 'Main' },
      { claim: 'no-such-claim', value: 'supports', label: 'Nowhere' },
      { claim: 'bridge-is-old', value: 'supports', label: 'Once' },
      { claim: 'bridge-is-old', value: 'rejects', label: 'Twice' },
    ]
    raw.nonResponses.push({
      id: 'city-silent-on-money',
      perspective: 'farmers',
      claim: 'gone',
      text: 'Not in the source.',
      source: 'paper',
    })
    expect(problems(raw)).toEqual([
      's.json: claim bridge-is-old: id "bridge-is-old" is used by more than one claim',
      's.json: non-response city-silent-on-money: id "city-silent-on-money" is used by more than one non-response',
      's.json: claim closure-saves-money: slug "closure-saves-money" is used by more than one claim',
      's.json: claim closed-for-safety: wording must be the story’s question, word for word: the first claim is the story’s main claim',
      's.json: statement s1: stances.0.claim "closed-for-safety" is the main claim: its stance goes in "stance"',
      's.json: statement s1: stances.1.claim "no-such-claim" is not a claim of this story',
      's.json: statement s1: stances.3.claim "bridge-is-old" has a stance already: one stance per claim',
      's.json: non-response city-silent-on-money: perspective "farmers" is not a perspective of this story',
      's.json: non-response city-silent-on-money: claim "gone" is not a claim of this story',
      's.json: non-response city-silent-on-money: text not found in source "paper"',
    ])
  })

  it('refuses a claim worded as a question, and a stance outside the scale', () => {
    const raw = withClaims()
    raw.claims[2].wording = 'Is the bridge too old?'
    raw.statements[1].stances[0].value = 'angry'
    expect(problems(raw)).toEqual([
      's.json: claim bridge-is-old: wording must be a statement, not a question',
      's.json: statement s2: stances.0.value must be one of supports, mixed, neutral, rejects (got "angry")',
    ])
  })

  it('refuses a field a claim, a stance on one or a non-response does not define', () => {
    const raw = withClaims()
    raw.claims[1].text = 'x'
    raw.statements[1].stances[0].why = 'x'
    raw.nonResponses[0].stance = 'rejects'
    expect(problems(raw)).toEqual([
      's.json: claim closure-saves-money: unknown field "text"',
      's.json: statement s2: stances.0 unknown field "why"',
      's.json: non-response city-silent-on-money: unknown field "stance"',
    ])
  })

  it('names the main claim of a file without claims from its id, as the store’s migration does', () => {
    const file = { id: 'dam', question: 'The dam floods the valley.' }
    expect(derivedMainClaim(file)).toEqual({
      id: 'dam-question',
      slug: 'dam-question',
      wording: 'The dam floods the valley.',
      notes: [],
    })
    expect(claimsOf({ ...file, claims: undefined })).toEqual([derivedMainClaim(file)])
  })
})
