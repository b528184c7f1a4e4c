import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/**
 * Issue 21 §3: cue shapes read by the codebook's "Where one statement ends and the next
 * begins" (one statement per cue). Expected spans are worked out by hand on sentences
 * written for the test.
 */
const drafts = (article: string) => extractStatements(article).map((s) => [s.speaker, s.kind, s.text])

describe('cue shapes', () => {
  it('the setting before a speaker whose quotation follows is no statement', () => {
    expect(
      drafts(
        'At a press conference, Foreign Ministry Spokesperson Lena Holt said on Thursday, "We continue to monitor the situation. Talks will go on."',
      ),
    ).toEqual([['Lena Holt', 'direct', 'We continue to monitor the situation. Talks will go on.']])
  })

  it('an "-ing" phrase in a list of them is the object, not a next cue', () => {
    expect(
      drafts(
        'Omar Haddad said the committee discussed preparations for holding the vote, maintaining order, controlling smuggling, and border security.',
      ),
    ).toEqual([
      [
        'Omar Haddad',
        'paraphrase',
        'the committee discussed preparations for holding the vote, maintaining order, controlling smuggling, and border security',
      ],
    ])
    // A participle that reports, followed by another cue, still splits.
    expect(
      drafts(
        'Omar Haddad said the talks failed, maintaining that Kabul wanted calm, adding that more talks were due.',
      ),
    ).toEqual([
      ['Omar Haddad', 'paraphrase', 'the talks failed'],
      ['Omar Haddad', 'paraphrase', 'Kabul wanted calm'],
      ['Omar Haddad', 'paraphrase', 'more talks were due'],
    ])
  })

  it('a clause and a conjunction before the subject are no part of the speaker; "claimed credit for" leads its report, which ends before "while …"', () => {
    expect(
      drafts(
        'Tensions rising as the Baloch Liberation Army has claimed credit for the blasts in Quetta while its leaders hide abroad.',
      ),
    ).toEqual([['the Baloch Liberation Army', 'paraphrase', 'claimed credit for the blasts in Quetta']])
    // "as well as" joins two subjects; it is no conjunction before one.
    expect(drafts('Officials in Kabul as well as Islamabad said the talks failed.')).toEqual([
      ['Officials in Kabul as well as Islamabad', 'paraphrase', 'the talks failed'],
    ])
  })

  it('"blamed X as Y and warned that …" is two statements under one subject', () => {
    expect(
      drafts(
        'Lena Holt blamed failed operations in the tribal regions as the main reason for the unrest and warned that shifting blame only fosters mistrust.',
      ),
    ).toEqual([
      [
        'Lena Holt',
        'paraphrase',
        'blamed failed operations in the tribal regions as the main reason for the unrest',
      ],
      ['Lena Holt', 'paraphrase', 'shifting blame only fosters mistrust'],
    ])
  })

  it('a quotation whose opening mark was dropped is the sentence its closing mark ends, when a reporting clause follows', () => {
    expect(
      drafts(
        'Talks were held on Monday.\n\nThe world also knows of the raids on the border villages,” the ministry said.',
      ),
    ).toEqual([['the ministry', 'direct', 'The world also knows of the raids on the border villages']])
    // A closing mark with no reporting clause after it quotes nothing.
    expect(drafts('The world also knows of the raids on the border villages,” and the talks ended.')).toEqual(
      [],
    )
  })

  it('a lead-in "Rejecting …" with a quoted fragment in it is a statement of its own', () => {
    expect(
      drafts(
        'Rejecting the minister’s remarks on Pakistan’s role in “cross-border terrorism”, the Foreign Office said the claims were baseless.',
      ),
    ).toEqual([
      [
        'the Foreign Office',
        'paraphrase',
        'Rejecting the minister’s remarks on Pakistan’s role in “cross-border terrorism”',
      ],
      ['the Foreign Office', 'paraphrase', 'the claims were baseless'],
    ])
  })

  it('"portraying X as Y" after a cue is a statement of its own, as "describing" is', () => {
    const out = drafts(
      'The group highlighted its presence in Bajaur, portraying it as proof of its “strength.”',
    )
    expect(out.map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['The group', 'paraphrase'],
      ['The group', 'paraphrase'],
    ])
    expect(out[1]![2]).toContain('it as proof of its “strength.”')
    expect(out[0]![2]).toBe('highlighted its presence in Bajaur')
  })

  it('a second setting ("Meanwhile, in response to …,") is no part of the subject', () => {
    expect(
      drafts(
        'Meanwhile, in response to the wave of attacks, Interior Minister Omar Haddad has pressed Kabul, insisting that it must choose a side.',
      ),
    ).toEqual([['Omar Haddad', 'paraphrase', 'it must choose a side']])
  })

  it('"with X terming …" in a sentence that reports no one else is X’s statement', () => {
    expect(
      drafts(
        'The neighbours traded sharp words over the speech with the Nepali foreign ministry terming it as "regrettable".',
      ),
    ).toEqual([['the Nepali foreign ministry', 'paraphrase', 'it as "regrettable"']])
    // "with X carrying …": no reporting participle, no statement.
    expect(drafts('He arrived with Ali carrying the bags.')).toEqual([])
  })
})
