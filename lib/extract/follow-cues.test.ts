import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/**
 * Issue 21 §3, the rules written from holdout-6's misses: a verb phrase after a setting is
 * the speaker's report, not a tail; "held X responsible for"; "underscoring" as a next cue.
 * Expected spans are worked out by hand from the codebook on sentences written for the test.
 */
const drafts = (article: string) => extractStatements(article).map((s) => [s.speaker, s.kind, s.cue, s.text])

describe('a verb-led report after a setting is no tail', () => {
  it('"In addition to …, X commented on …" spans the verb phrase', () => {
    expect(drafts('In addition to trade, Lena Holt commented on the recent floods.')).toEqual([
      ['Lena Holt', 'paraphrase', 'commented', 'commented on the recent floods'],
    ])
  })

  it('"…, X remarked on Sunday" is still a tail: the clause before it is the statement', () => {
    expect(drafts('The border will reopen next week, Lena Holt remarked on Sunday.')).toEqual([
      ['Lena Holt', 'paraphrase', 'remarked', 'The border will reopen next week'],
    ])
  })

  it('"…, X commented on the sidelines of …" is still a tail', () => {
    expect(drafts('The border will reopen next week, Lena Holt commented on the sidelines of the summit.')).toEqual([
      ['Lena Holt', 'paraphrase', 'commented', 'The border will reopen next week'],
    ])
  })

  it('"…, X commented this morning" is still a tail', () => {
    expect(drafts('The border will reopen next week, Lena Holt commented this morning.')).toEqual([
      ['Lena Holt', 'paraphrase', 'commented', 'The border will reopen next week'],
    ])
  })
})
