import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/** Who speaks, and in what role: the subject as the sentence sets it about. */
const who = (article: string) =>
  extractStatements(article).map((s) => [s.speaker, s.role, s.speakerUncertain ?? false])

describe('titles at the cue and elsewhere', () => {
  it('", however," after the name is no title', () => {
    expect(who('MEA spokesperson Raveesh Kumar, however, confirmed that the jet was shot down.')).toEqual([
      ['Raveesh Kumar', 'MEA spokesperson', false],
    ])
  })

  it('a shorter title at a later cue is that cue’s; "he" keeps the fullest title given', () => {
    const article = [
      'Foreign Affairs Minister NP Saud announced that the working group was meeting.',
      'Minister Saud highlighted the agreements between the two countries.',
      'He informed that some areas had ended up on the other side.',
    ].join('\n')
    expect(who(article).map(([, role]) => role)).toEqual([
      'Foreign Affairs Minister',
      'Minister',
      'Foreign Affairs Minister',
    ])
  })
})

describe('subjects set about with scene and credit', () => {
  it('a title with the name set off after it, then an aside and two verbs', () => {
    const article =
      'The Islamic Emirate’s spokesperson, Zabihullah Mujahid, in a statement, reacted to the claim and said that the soil is not a threat.'
    expect(who(article)).toEqual([['Zabihullah Mujahid', 'The Islamic Emirate’s spokesperson', false]])
  })

  it('a place or credit line before a dash is no part of the speaker; a paired dash is an aside', () => {
    expect(
      who('Kathmandu - Home Minister Ram Bahadur Thapa has said that the dispute could be resolved.'),
    ).toEqual([['Ram Bahadur Thapa', 'Home Minister', false]])
    expect(
      who(
        'Bayan News – Zabihullah Mujahid, the spokesperson for the Islamic Emirate, has responded to the report, stating that the report is not true.',
      ),
    ).toEqual([['Zabihullah Mujahid', 'the spokesperson for the Islamic Emirate', false]])
  })

  it('an acronym alone is a body, so a later "he" is the person named before it', () => {
    const article = [
      'MEA spokesperson Anurag Srivastava said Pakistan must act.',
      'Over the new banknote, MEA expressed serious concerns about it.',
      'Talking about the vaccine, he said that co-operation was expanding.',
    ].join('\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual([
      'Anurag Srivastava',
      'MEA',
      'Anurag Srivastava',
    ])
  })

  it('a scene set in two phrases, or around a quoted title, comes before the subject', () => {
    expect(
      who(
        'Today, in the virtual weekly media briefing, the MEA spokesperson Anurag Srivastava said talks were on.',
      ),
    ).toEqual([['Anurag Srivastava', 'the MEA spokesperson', false]])
    expect(
      who(
        'In a report delivered at the High-Level International Conference on “International and Regional Border Security and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists" in Dushanbe, Tajik Interior Minister Ramazon Rahimzoda revealed that Afghan authorities had issued passports.',
      ),
    ).toEqual([['Ramazon Rahimzoda', 'Tajik Interior Minister', false]])
  })
})

describe('what stands before the subject', () => {
  it('a clause before the name is no title: "This comes after the Foreign Minister, X, said"', () => {
    expect(
      who(
        'This comes after Pakistan’s Foreign Minister, Ishaq Dar in his first interview, said that talks were over.',
      ),
    ).toEqual([['Ishaq Dar', 'Pakistan’s Foreign Minister', false]])
  })

  it('"This week," sets the time, "This development follows …" does not', () => {
    expect(who('This week, the Foreign Office said talks were over.')).toEqual([
      ['the Foreign Office', null, false],
    ])
    expect(
      who(
        'This development follows the closure of the border last Friday, which caused disruption, Express News reported.',
      ),
    ).toEqual([['Express News', null, false]])
  })

  it('a participle phrase after an opening phrase sets the scene', () => {
    expect(
      who(
        'On Tuesday, addressing a press conference after the apex committee meeting, Caretaker Interior Minister Sarfraz Bugti stated that the deadline would stand.',
      ),
    ).toEqual([['Sarfraz Bugti', 'Caretaker Interior Minister', false]])
  })
})

describe('portfolios and lists', () => {
  it('a portfolio’s words belong to the title, a list of them included', () => {
    expect(who('Minister for Human Rights Shireen Mazari said the law would pass.')).toEqual([
      ['Shireen Mazari', 'Minister for Human Rights', false],
    ])
    expect(
      who(
        'Minister for Land Management, Cooperatives and Poverty Alleviation Padma Aryal said the government has been inspecting the border.',
      ),
    ).toEqual([['Padma Aryal', 'Minister for Land Management, Cooperatives and Poverty Alleviation', false]])
    // "Title of Place, Name": the name set off after the title, as before.
    expect(
      who('The Medical Superintendent of Loralai Civil Hospital, Dr Faheem Kakar, said ten were injured.'),
    ).toEqual([['Dr Faheem Kakar', 'The Medical Superintendent of Loralai Civil Hospital', false]])
  })

  it('named people listed under one cue speak together, under the title before the list', () => {
    expect(
      who(
        'Committee members—Lalbabu Yadav, Pampha Bhusal, Rajendra Shrestha, Debendra Raj Kandel, among others said that records should be kept.',
      ),
    ).toEqual([
      ['Lalbabu Yadav, Pampha Bhusal, Rajendra Shrestha, Debendra Raj Kandel', 'Committee members', false],
    ])
    expect(who('Senators Ali Khan, Amna Qureshi and Omar Daud said the bill was flawed.')).toEqual([
      ['Ali Khan, Amna Qureshi, Omar Daud', 'Senators', false],
    ])
  })
})
