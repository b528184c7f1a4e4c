import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/**
 * Issue 21 §3, speakers: a description refers to the person or body the article named.
 * Each expected speaker is worked out by hand from the codebook ("Statement (one row)":
 * the speaker is the fullest name the article gives) on sentences written for the test.
 */
const who = (article: string) => extractStatements(article).map((s) => [s.speaker, s.role, s.kind])

describe('descriptions that refer back', () => {
  it('"the ministry" is the ministry or foreign office the article last named', () => {
    const article = [
      'The Foreign Office (FO) said on Monday that the border would reopen.',
      '“Trade must not suffer,” the ministry said.',
      "Kenya's Ministry of Health said the outbreak was contained.",
      'The ministry added that schools would stay open.',
    ].join('\n\n')
    expect(who(article)).toEqual([
      ['The Foreign Office (FO)', null, 'paraphrase'],
      ['The Foreign Office (FO)', null, 'direct'],
      ["Kenya's Ministry of Health", null, 'paraphrase'],
      ["Kenya's Ministry of Health", null, 'paraphrase'],
    ])
  })

  it('"the ministry" with no ministry named before stays as written', () => {
    expect(who('The army said two soldiers died. The ministry said it would investigate.')).toEqual([
      ['The army', null, 'paraphrase'],
      ['The ministry', null, 'paraphrase'],
    ])
  })

  it('a person introduced with an office-and-title ("ministry spokesperson") in a sentence with no statement is who "he" and "the spokesperson" mean', () => {
    const article = [
      'Foreign ministry spokesperson Amal Perera, at a briefing, also hit back at the opposition.',
      'He said the visit was routine.',
      'On the talks, the spokesperson said both sides had agreed to meet.',
    ].join('\n\n')
    expect(who(article)).toEqual([
      ['Amal Perera', 'Foreign ministry spokesperson', 'paraphrase'],
      ['Amal Perera', 'Foreign ministry spokesperson', 'paraphrase'],
    ])
  })

  it('in an article that names one untitled person, a definite title nobody else holds is that person, even before the name', () => {
    const article = [
      "Chile's Foreign Ministry spokesman said on Monday that the treaty was binding.",
      'In reply to a question, Ana Soto said the deadline had passed.',
      '“We expect the water to flow,” the spokesman said.',
    ].join('\n\n')
    const role = "Chile's Foreign Ministry spokesman"
    expect(who(article)).toEqual([
      ['Ana Soto', role, 'paraphrase'],
      ['Ana Soto', role, 'paraphrase'],
      ['Ana Soto', role, 'direct'],
    ])
  })

  it('with two people named, or an indefinite description, the description stays as written', () => {
    expect(
      who(
        'Ana Soto said the treaty was binding. Luis Vera said it was not. The spokesman said talks would go on.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Ana Soto', 'Luis Vera', 'The spokesman'])
    expect(
      who('Ana Soto said the treaty was binding. A police officer said the road was closed.').map(
        ([speaker]) => speaker,
      ),
    ).toEqual(['Ana Soto', 'A police officer'])
  })

  it('an unnamed "spokesperson for X" speaks for the body X in that role, and "the spokesperson" later is X again', () => {
    const article = [
      'A spokesperson for the Baloch Liberation Front (BLF) has rejected claims by officials.',
      'The spokesperson blamed failed military operations as the main reason for the unrest and warned that shifting blame only fosters mistrust.',
    ].join('\n\n')
    const blf = 'the Baloch Liberation Front (BLF)'
    expect(who(article)).toEqual([
      [blf, 'spokesperson', 'paraphrase'],
      [blf, 'spokesperson', 'paraphrase'],
      [blf, 'spokesperson', 'paraphrase'],
    ])
  })

  it('"the <body> spokesperson" nobody is titled as speaks for the body, and a later "He said" is it again', () => {
    const article = [
      'The Foreign Office (FO) spokesperson said the border was calm.',
      'He said, “We want peace with our neighbours.”',
    ].join('\n\n')
    expect(who(article)).toEqual([
      ['Foreign Office (FO)', 'spokesperson', 'paraphrase'],
      ['Foreign Office (FO)', 'spokesperson', 'direct'],
    ])
    // The article names the spokesperson, even later: the person speaks, not the body.
    expect(
      who(
        'The Foreign Office spokesperson said the border was calm.\n\nTahir Andrabi, the Foreign Office spokesperson, said talks would go on.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Tahir Andrabi', 'Tahir Andrabi'])
    // "Iranian" names no body: the description stays as written.
    expect(who('The Iranian spokesman said the talks were over.').map(([speaker]) => speaker)).toEqual([
      'The Iranian spokesman',
    ])
  })

  it('"said a statement from X" is X\'s quote; "It" after a country that spoke is the country', () => {
    const article = [
      '“We reject the claim,” said a statement from the Ministry of Foreign Affairs.',
      'Chile called upon Peru to stop. It also asked Peru to share its evidence.',
    ].join('\n\n')
    expect(who(article)).toEqual([
      ['the Ministry of Foreign Affairs', null, 'direct'],
      ['Chile', null, 'paraphrase'],
      ['Chile', null, 'paraphrase'],
    ])
    // "from" after a person is where they spoke from, not an issuer; "It" after a titled
    // person is the body last named.
    expect(
      who('“We reject the claim,” said Ana Soto from the ministry.').map(([speaker]) => speaker),
    ).toEqual(['Ana Soto'])
    expect(
      who(
        'The Ministry of Health said the outbreak was over. Minister Ana Soto said schools would open. It also urged parents to vaccinate children.',
      ).map(([speaker]) => speaker),
    ).toEqual(['The Ministry of Health', 'Ana Soto', 'The Ministry of Health'])
  })

  it('an acronym the article never spelled out is the body it named whose initials it is', () => {
    const article = [
      '“We reject the claim,” said a statement from the Ministry of Foreign Affairs.',
      '“The border stays open,” the MFA statement added.',
    ].join('\n\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual([
      'the Ministry of Foreign Affairs',
      'the Ministry of Foreign Affairs',
    ])
    // No body with those initials: the acronym stays as written.
    expect(who('“The border stays open,” the MFA said.').map(([speaker]) => speaker)).toEqual(['the MFA'])
  })

  it('a dateline with an agency credit ("Lima (AP) -") is no part of the speaker or the role', () => {
    expect(who('Lima (AP) - Foreign Minister Ana Soto said the talks were over.')).toEqual([
      ['Ana Soto', 'Foreign Minister', 'paraphrase'],
    ])
  })

  it('ranks right before a name stay in the name; the title before them is the role', () => {
    expect(who('Home adviser Lieutenant General (Retd) Abdul Karim Khan said the polls were safe.')).toEqual([
      ['Lieutenant General (Retd) Abdul Karim Khan', 'Home adviser', 'paraphrase'],
    ])
    // "Attorney General" is a title: "General" ends it.
    expect(who('Attorney General Mansoor Awan said the law was clear.')).toEqual([
      ['Mansoor Awan', 'Attorney General', 'paraphrase'],
    ])
  })

  it('"the group" is the group that last spoke, never a state office', () => {
    const blf = 'the Baloch Liberation Front (BLF)'
    expect(
      who(
        'A spokesperson for the Baloch Liberation Front (BLF) rejected the claims.\n\nThe group also accused the government of abductions.',
      ),
    ).toEqual([
      [blf, 'spokesperson', 'paraphrase'],
      [blf, null, 'paraphrase'],
    ])
    expect(
      who(
        'The Foreign Office (FO) said the border would open. The group also accused the government of abductions.',
      ).map(([speaker]) => speaker),
    ).toEqual(['The Foreign Office (FO)', 'The group'])
  })

  it('a description is the one person the article gave that title where it named them, though they never spoke', () => {
    const article = [
      'Kabul reacted sharply to Chile’s Interior Minister Rosa Vidal’s remarks about the border.',
      'Tensions rose as Chilean Interior minister in an interview said raids were possible.',
    ].join('\n\n')
    expect(who(article)).toEqual([['Rosa Vidal', 'Chile’s Interior Minister', 'paraphrase']])
    // Two people with that title: the description stays as written.
    const two = [
      'Kabul answered remarks by Interior Minister Rosa Vidal and by Interior Minister Ana Soto.',
      'The interior minister said raids were possible.',
    ].join('\n\n')
    expect(who(two).map(([speaker]) => speaker)).toEqual(['The interior minister'])
  })

  it('a title far before the one named person is not theirs', () => {
    const filler = 'The road stayed closed for a week and trucks waited at the crossing. '.repeat(8)
    const article = [
      'The police spokesman said the road would reopen.',
      filler,
      'Ana Soto said her shop had been shut for days.',
    ].join('\n\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual(['The police spokesman', 'Ana Soto'])
  })
})
