import { describe, expect, it } from 'vitest'
import { looksLikeClause } from './cues'

describe('looksLikeClause: a statement needs a verb', () => {
  it.each([
    'the Taliban had no role in it',
    'Pakistan would respond',
    'the group no longer controlled the road',
    'militants attacked the post',
    'the talks “failed”',
    // An irregular past tense, and a subject pronoun whatever the verb.
    'cargo traffic fell by a tenth last year',
    'the gunmen fled into the hills',
    'we need more time',
    'they want a fair price',
  ])('%j is a clause', (text) =>
    expect(looksLikeClause(text.replace(/“[^”]*”/g, (q) => '\u0001'.repeat(q.length)))).toBe(true),
  )

  it.each([
    'responsibility for the assault',
    'in Quetta',
    'talks',
    'Ali Khan, Amna Qureshi, the minister',
    'support for the fallen',
  ])('%j is not', (text) => expect(looksLikeClause(text)).toBe(false))

  it('looks for the verb among the first sixty words only', () => {
    const subject = Array.from({ length: 70 }, () => 'the long').join(' ')
    expect(looksLikeClause(`${subject} road was closed`)).toBe(false)
    expect(looksLikeClause('the long road was closed')).toBe(true)
  })
})
