import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/** Each statement as [speaker, kind, text], its text checked against its offsets. */
const rows = (article: string) =>
  extractStatements(article).map((s) => {
    expect(article.slice(s.start, s.end)).toBe(s.text)
    return [s.speaker, s.kind, s.text]
  })

describe('a report inside a report', () => {
  it('is labelled once, with the innermost speaker and clause', () => {
    expect(
      rows(
        'He said the United Nations Security Council has unanimously said that the group has taken responsibility.',
      ),
    ).toEqual([['the United Nations Security Council', 'paraphrase', 'the group has taken responsibility']])
    expect(
      rows('The minister said the TTP spokesman had stated that ten men were sent on the mission.'),
      // No one holds the title: the body speaks through its unnamed spokesman.
    ).toEqual([['TTP', 'paraphrase', 'ten men were sent on the mission']])
  })

  it('"According to X, Y concluded … that …": any reporting verb with a "that" clause reports inside the report', () => {
    expect(
      rows(
        'According to Mayor Rosa Ferrante, the inspectors concluded after a long review that the bridge was unsafe.',
      ),
    ).toEqual([['the inspectors', 'paraphrase', 'the bridge was unsafe']])
    expect(rows('Rosa Ferrante said the transport board believed that fares should rise.')).toEqual([
      ['the transport board', 'paraphrase', 'fares should rise'],
    ])
    // "that" belongs to the nearest reporting verb with a subject of its own; a pronoun stays
    // in the outer speaker's clause, and "a statement posted on …" has no subject.
    expect(rows('Rosa Ferrante said they believed that fares should rise.')).toEqual([
      ['Rosa Ferrante', 'paraphrase', 'they believed that fares should rise'],
    ])
    expect(rows('The council said in a message posted online that fares would rise.')).toEqual([
      ['The council', 'paraphrase', 'fares would rise'],
    ])
  })

  it('a year set off before the inner speaker: "He said in 2004, the former president had said that …"', () => {
    expect(
      rows(
        'He said in 2004, the former president had said that Pakistan will not allow its soil to be used.',
      ),
    ).toEqual([['the former president', 'paraphrase', 'Pakistan will not allow its soil to be used']])
  })

  it('"according to X, Y announced …" is X’s account of an act; "he said they had said" stays his', () => {
    expect(
      rows('The government has announced compensation for the families, according to the PM Office.'),
    ).toEqual([['the PM Office', 'paraphrase', 'The government has announced compensation for the families']])
    expect(rows('Ali Khan said they had said the talks were over.')).toEqual([
      ['Ali Khan', 'paraphrase', 'they had said the talks were over'],
    ])
  })

  it('a quoted clause after a comma that opens with a conjunction is the relaying speaker’s own words', () => {
    const article =
      'Zabihullah Mujahid spoke on Monday. He claimed the Pakistani side had said the strikes targeted Abdullah Shah, “but he lives on the Pakistani side.”'
    expect(rows(article)).toEqual([
      ['the Pakistani side', 'paraphrase', 'the strikes targeted Abdullah Shah'],
      ['Zabihullah Mujahid', 'direct', 'but he lives on the Pakistani side.'],
    ])
    // Without a report inside: the speaker's clause, then his words.
    expect(rows('Ali Khan said the talks had failed, “but we will try again.”')).toEqual([
      ['Ali Khan', 'paraphrase', 'the talks had failed'],
      ['Ali Khan', 'direct', 'but we will try again.'],
    ])
  })
})

describe('where a reported clause ends', () => {
  it('a "that" after a noun and before a verb is relative, not what was said', () => {
    expect(
      rows('The spokesman confirmed these efforts during a weekly briefing that highlighted the challenges.'),
    ).toEqual([
      [
        'The spokesman',
        'paraphrase',
        'these efforts during a weekly briefing that highlighted the challenges',
      ],
    ])
  })

  it('", as X believes …" inside the clause is the speaker’s reason and stays in it', () => {
    expect(
      rows('Ali Khan added that Kabul had been invited, as Iran believes its participation could help.'),
    ).toEqual([
      ['Ali Khan', 'paraphrase', 'Kabul had been invited, as Iran believes its participation could help'],
    ])
  })

  it('a quoted fragment ends the clause, its comma inside the marks: “respects,” he said', () => {
    const article = 'Ali Khan spoke. Kabul chose not to attend, a decision that Iran “respects,” he said.'
    expect(rows(article)).toEqual([
      ['Ali Khan', 'paraphrase', 'Kabul chose not to attend, a decision that Iran “respects,”'],
    ])
  })
})

describe('"It may be recalled that X …": a reminder of what X said', () => {
  it('under any cue, X’s report is labelled once, a verb phrase too', () => {
    expect(
      rows(
        'Ali Khan spoke first. It may be recalled that the Government of Peru has called upon Chile to halt the works on the road, he added.',
      ),
    ).toEqual([['the Government of Peru', 'paraphrase', 'called upon Chile to halt the works on the road']])
  })

  it('a clause with a "that" after the reporting verb is X’s clause', () => {
    expect(
      rows(
        'Ali Khan spoke first. It is worth noting that the union had warned that fares would rise, he said.',
      ),
    ).toEqual([['the union', 'paraphrase', 'fares would rise']])
  })

  it('what X did, with no reporting verb, stays the outer speaker’s', () => {
    expect(
      rows(
        'Ali Khan spoke first. It may be recalled that the Government of Peru has closed the road, he added.',
      ),
    ).toEqual([
      ['Ali Khan', 'paraphrase', 'It may be recalled that the Government of Peru has closed the road'],
    ])
  })

  it('with no reminder, "X added" keeps a verb phrase inside the outer clause', () => {
    expect(rows('Ali Khan added that the board has called upon Chile to halt the works.')).toEqual([
      ['Ali Khan', 'paraphrase', 'the board has called upon Chile to halt the works'],
    ])
  })
})
