import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'
import { VERB_LED } from './verb-led'

/**
 * The codebook: "a reporting verb with no clause (denied reports of …, urged Kabul to …,
 * described the claims as …) spans the verb phrase, verb included". Every verb on the
 * list, in a sentence of its own, with the complement its kind needs.
 */
const COMPLEMENT: Record<string, string> = {
  rejected: 'reports of a deal with the militants',
  denied: 'carrying out any strikes on the border',
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
  paid: 'glowing tribute to the security forces',
  attributed: 'the problems to the previous government',
  raised: 'serious concerns with the Afghan authorities',
  provided: 'updates on efforts to free the hostages',
  briefed: 'the committee about the border problems',
  held: 'Kabul responsible for the attack on the convoy',
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
    'The army denied journalists entry to the camp.',
    'The ministry rejected voting by mail.',
    'The embassy asked for a list of the passengers.',
    'Police rejected the application for a rally.',
    'The minister described his visit to the border.',
    'The army made a road to the border.',
    'The ministry claimed the land for a new airport.',
    'Police called the bomb squad to the scene.',
    'The governor called a meeting of the cabinet.',
    'Khan called the Prime Minister an hour later.',
    'Police called the individual.',
    'Police called the injured to the hospital.',
    'The union called the inspector after the unrest.',
    'The committee raised funds for the victims.',
    'The army provided food to the stranded families.',
    'The ministry paid the contractors in March.',
    'The ministry held talks with the envoy that lasted for hours.',
    'The ministry held the envoy for questioning.',
    'The ministry held a meeting on who was responsible for the delay.',
  ])('%j is no statement', (article) => expect(extractStatements(article)).toEqual([]))
})

describe('"called X …" as a judgement', () => {
  it.each([
    ['Amnesty International called the deportations “unlawful”.', 'called the deportations “unlawful”'],
    ['The minister called the visit a success.', 'called the visit a success'],
    // A verdict negated by its prefix, ending the clause: the object before it may run long.
    [
      'The union called the plan by the city council to close three depots unilateral.',
      'called the plan by the city council to close three depots unilateral',
    ],
    ['The union called the new fares unjustified.', 'called the new fares unjustified'],
    ['The union called the ruling irrational.', 'called the ruling irrational'],
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

describe('verb phrases joined by "and"', () => {
  it('"X condemned … and urged …" is one statement; "… and said …" is two', () => {
    const one = 'The ministry expressed serious concerns about it and asked Riyadh to take corrective steps.'
    expect(extractStatements(one).map((s) => s.text)).toEqual([
      'expressed serious concerns about it and asked Riyadh to take corrective steps',
    ])
    const two = 'The ministry condemned the attack and said the culprits would be punished.'
    expect(extractStatements(two).map((s) => s.text)).toEqual([
      'condemned the attack',
      'the culprits would be punished',
    ])
    // A participle after a comma is the speaker's next cue.
    const participle = 'The ministry condemned the attack, calling it cowardly.'
    expect(extractStatements(participle).map((s) => s.text)).toEqual([
      'condemned the attack',
      'calling it cowardly',
    ])
  })
})

describe('participles that report only a clause', () => {
  it('", assuring them that …" and ", indicating that …" are statements; ", indicating a shift" is not', () => {
    expect(
      extractStatements(
        'The minister extended his condolences to the family, assuring them that the nation stands with them.',
      ).map((s) => [s.cue, s.text]),
    ).toEqual([
      ['extended', 'extended his condolences to the family'],
      ['assuring', 'the nation stands with them'],
    ])
    expect(
      extractStatements(
        'UNAMA stated that it had documented 800 cases, indicating that rights were violated.',
      ).map((s) => s.text),
    ).toEqual(['it had documented 800 cases', 'rights were violated'])
    expect(
      extractStatements('UNAMA stated that it had documented 800 cases, indicating a shift in policy.').map(
        (s) => s.text,
      ),
    ).toEqual(['it had documented 800 cases, indicating a shift in policy'])
  })
})

describe('verbs that report a clause', () => {
  it.each([
    ['In a statement, the ministry alleged Pakistani aircraft had staged the strikes.', 'alleged'],
    ['The secretary shared that the committee has come up with a report.', 'shared'],
    ['Kumar held that the strike had achieved its objective.', 'held'],
    ['The chair opined that the government could manage the border better.', 'opined'],
    ['The minister clarified that the recruits did not have permission.', 'clarified'],
    ['The minister mentioned that the report is in its final stages.', 'mentioned'],
    ['Asked about the talks, he answered that the partnership was growing.', 'answered'],
    ['He indicated that the situation remains tense.', 'indicated'],
    ['He highlighted that the sites were responsible for the deaths.', 'highlighted'],
  ])('%j', (article, cue) => {
    const found = extractStatements(`Ali Khan spoke first. ${article}`)
    expect(found.map((s) => s.cue)).toEqual([cue])
    expect(found[0]!.text).toMatch(/^(?:Pakistani|the|it)\b/)
  })
})

describe('a quotation as the object of "rejected"', () => {
  it('"rejected X’s “…” that …" spans the verb phrase, the quoted words inside it', () => {
    const article =
      'Lima on Sunday rejected Quito’s “absurd statement” that it was massing troops and said the statement was meant to stir unrest.'
    expect(extractStatements(article).map((s) => [s.speaker, s.kind, s.text])).toEqual([
      ['Lima', 'paraphrase', 'rejected Quito’s “absurd statement” that it was massing troops'],
      ['Lima', 'paraphrase', 'the statement was meant to stir unrest'],
    ])
  })

  it('a quotation further than five words from the verb is no object of it', () => {
    expect(
      extractStatements('Police rejected the application for a rally by the “Free Voices” group.'),
    ).toEqual([])
  })
})
