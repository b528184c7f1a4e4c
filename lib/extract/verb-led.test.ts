import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'
import { VERB_LED } from './verb-led'

/**
 * The codebook: "a reporting verb with no clause (denied reports of …, urged Kabul to …,
 * described the claims as …) spans the verb phrase, verb included". Every verb on the
 * list, in a sentence of its own, with the complement its kind needs.
 */
const COMPLEMENT: Record<string, string> = {
  denied: 'reports of a deal with the militants',
  condemned: 'the attack on the convoy',
  vowed: 'to respond to every attack',
  urged: 'Kabul to act against the militants',
  asked: 'residents to stay indoors until Friday',
  warned: 'of serious consequences for the region',
  described: 'the claims as baseless and malicious',
  termed: 'the demands unjustified',
  called: 'the claims baseless and malicious',
  accused: 'the government of hiding the cost of austerity',
  blamed: 'Kabul for the rise in attacks',
  criticised: 'the decision to close the border',
  claimed: 'responsibility for the blast',
  denounced: 'the strikes on the border villages',
  complained: 'to Islamabad about the shelling',
  referred: 'to the strikes as an act of war',
  made: 'a statement against the opposition',
  extended: 'its condolences to the families',
}
/** Verbs that carry their preposition, and those that need one before the complement. */
const PREPOSITION: Record<string, string> = { appealed: 'to donors', appeals: 'to donors' }

describe.each(VERB_LED.map((group) => [group.verbs[0]!, group.verbs] as const))(
  'verb-led reports like "%s …"',
  (first, verbs) => {
    const complement = COMPLEMENT[first]!
    it.each(verbs)('"The ministry %s …" is a paraphrase spanning the verb phrase', (verb) => {
      const phrase = [verb, PREPOSITION[verb], complement].filter(Boolean).join(' ')
      const article = `The ministry ${phrase}.`
      const found = extractStatements(article)
      expect(found.map((s) => [s.speaker, s.kind, s.text])).toEqual([['The ministry', 'paraphrase', phrase]])
      expect(found[0]!.cue.toLowerCase()).toBe(verb)
    })
  },
)

describe('verb-led reports: what they are not', () => {
  it.each([
    'The army denied entry to journalists.',
    'The embassy asked for a list of the passengers.',
    'Police rejected the application for a rally.',
    'The minister described his visit to the border.',
    'The army made a road to the border.',
    'The ministry claimed the land for a new airport.',
    'Police called the bomb squad to the scene.',
    'The governor called a meeting of the cabinet.',
    'Khan called the Prime Minister an hour later.',
  ])('%j is no statement', (article) => expect(extractStatements(article)).toEqual([]))
})

describe('"called X …" as a judgement', () => {
  it.each([
    ['Amnesty International called the deportations “unlawful”.', 'called the deportations “unlawful”'],
    ['The minister called the visit a success.', 'called the visit a success'],
  ])('%j', (article, text) => {
    expect(extractStatements(article).map((s) => [s.kind, s.text])).toEqual([['paraphrase', text]])
  })
})

describe('one statement per cue', () => {
  const rows = (article: string) => extractStatements(article).map((s) => [s.speaker, s.text])

  it('"X welcomed the announcement but said …": two statements', () => {
    expect(
      rows('Alamgir welcomed the announcement but said the government must ensure a level field.'),
    ).toEqual([
      ['Alamgir', 'welcomed the announcement'],
      ['Alamgir', 'the government must ensure a level field'],
    ])
  })

  it('"X said …, adding that …" without a first "that": the "that" is the next cue’s', () => {
    expect(
      rows(
        'The minister said the talks failed, adding that the border, which had been closed, would stay shut.',
      ),
    ).toEqual([
      ['The minister', 'the talks failed'],
      ['The minister', 'the border, which had been closed, would stay shut'],
    ])
    // A participle with no comma is a cue too; "posted" in a setting is not.
    expect(rows('The ministry responded calling the claims "baseless".').map(([, text]) => text)).toEqual([
      'calling the claims "baseless"',
    ])
    expect(rows('The League said in a statement posted on Facebook that the vote would be unfair.')).toEqual([
      ['The League', 'the vote would be unfair'],
    ])
  })

  it('"…, the minister said, adding that …": the speaker after the clause goes on', () => {
    expect(rows('The talks have failed, the minister said, adding that the border would stay shut.')).toEqual(
      [
        ['the minister', 'The talks have failed'],
        ['the minister', 'the border would stay shut'],
      ],
    )
  })

  it('"…, according to X, creating …": what followed is no part of the speaker', () => {
    expect(
      rows(
        'More than 130,000 people have left since October, according to border officials in Torkham, creating bottlenecks at the crossing.',
      ),
    ).toEqual([['border officials in Torkham', 'More than 130,000 people have left since October']])
  })

  it('"X condemned …, saying …, and calling for …": each participle its own statement', () => {
    expect(
      rows(
        'The government condemned the move, saying nationals are being punished, and calling for more time.',
      ),
    ).toEqual([
      ['The government', 'condemned the move'],
      ['The government', 'nationals are being punished'],
      ['The government', 'calling for more time'],
    ])
  })

  it('"X said that …, adding that …": two statements', () => {
    expect(rows('Naqvi said that the talks had failed, adding that the border would stay shut.')).toEqual([
      ['Naqvi', 'the talks had failed'],
      ['Naqvi', 'the border would stay shut'],
    ])
  })

  it('"The Taliban rejected the claims, with spokesman X saying …": each speaker their own', () => {
    expect(
      rows(
        'The Taliban rejected the claims, with spokesman Zabihullah Mujahid saying Pakistan should look inward.',
      ),
    ).toEqual([
      ['The Taliban', 'rejected the claims'],
      ['Zabihullah Mujahid', 'Pakistan should look inward'],
    ])
  })
})
