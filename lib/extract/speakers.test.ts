import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

/** Who speaks, by the codebook: the fullest name the article gives, the title in `role`. */
const who = (article: string) =>
  extractStatements(article).map((s) => [s.speaker, s.role, s.speakerUncertain ?? false])

describe('canonical speakers', () => {
  it('a title before the name goes to role, whatever its complement', () => {
    expect(
      who('Inspector General of Police (Balochistan) Mohsin Hassan Butt said the attack was repulsed.'),
    ).toEqual([['Mohsin Hassan Butt', 'Inspector General of Police (Balochistan)', false]])
    expect(
      who(
        'Federal Minister for IT and Telecommunication Syed Amin Ul Haque said websites must not be blocked.',
      ),
    ).toEqual([['Syed Amin Ul Haque', 'Federal Minister for IT and Telecommunication', false]])
    expect(
      who('Religious Affairs Adviser to Interim Government AFM Khalid Hossain said the polls would wait.'),
    ).toEqual([['AFM Khalid Hossain', 'Religious Affairs Adviser to Interim Government', false]])
  })

  it('an aside before the name with no title word in it is not the role', () => {
    expect(
      who(
        'In a post on X, formerly Twitter, Afghan Foreign Ministry spokesman Abdul Qahar Balkhi wrote that the allegations were baseless.',
      ),
    ).toEqual([['Abdul Qahar Balkhi', 'Afghan Foreign Ministry spokesman', false]])
    expect(who("The country's top diplomat, Ishaq Dar, said talks would continue.")).toEqual([
      ['Ishaq Dar', "The country's top diplomat", false],
    ])
  })

  it('a place line before the subject is left out: "Islamabad: The Foreign Office …"', () => {
    expect(who("Islamabad: The Foreign Office on Friday rejected India's claims.")).toEqual([
      ['The Foreign Office', null, false],
    ])
  })

  it('a day glued to the name is left out', () => {
    expect(who('"We will act," said Amna Qureshi Sunday.')).toEqual([['Amna Qureshi', null, false]])
  })

  it('a surname, a first name, or a title with a surname is the full name given earlier', () => {
    const article = [
      'Kech District Police Officer Muhammad Baloch said five labourers were killed.',
      'DPO Baloch said the police had begun a search operation.',
      'Zabihullah Mujahid, the Taliban spokesman, said the group was in control.',
      'Zabihullah said he had never left the country.',
    ].join('\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual([
      'Muhammad Baloch',
      'Muhammad Baloch',
      'Zabihullah Mujahid',
      'Zabihullah Mujahid',
    ])
  })

  it('a surname two people share is the one the article named last; else it stays as written, flagged', () => {
    const article = [
      'Amna Qureshi said the talks would resume.',
      'Shah Mehmood Qureshi said the talks had failed.',
      'Qureshi said the border would stay shut.',
    ].join('\n')
    expect(who(article).at(-1)).toEqual(['Shah Mehmood Qureshi', null, false])
    // A third person named in between: nothing says which Qureshi is meant.
    const between = [
      'Amna Qureshi said the talks would resume.',
      'Shah Mehmood Qureshi said the talks had failed.',
      'Ishaq Dar said the envoys would meet.',
      'Qureshi said the border would stay shut.',
    ].join('\n')
    expect(who(between).at(-1)).toEqual(['Qureshi', null, true])
  })

  it('a surname refers back: to the one sharer introduced before it, not to one the article names later', () => {
    const article = [
      'Deputy Health Minister Farida Noori Karimi criticised the closure of the clinics.',
      'She said the decision was taken without consultation, the radio reported.',
      'The radio is based in Herat.',
      'Karimi, in a recorded message, urged donors to keep the clinics open.',
      '"Mothers will pay the price," she said.',
      'Relief coordinator Javed Karimi said supplies would last a month.',
      'Karimi also asked for patience, the radio reported.',
    ].join('\n')
    expect(who(article)).toEqual([
      ['Farida Noori Karimi', 'Deputy Health Minister', false],
      ['Farida Noori Karimi', 'Deputy Health Minister', false],
      ['Farida Noori Karimi', 'Deputy Health Minister', false],
      ['Farida Noori Karimi', 'Deputy Health Minister', false],
      ['Javed Karimi', 'Relief coordinator', false],
      ['Javed Karimi', 'Relief coordinator', false],
    ])
  })

  it('a description resolves to the one person whose title fits it, abbreviations included', () => {
    const article = [
      'Pakistan Foreign Office spokesperson Shafqat Ali Khan held the weekly briefing.',
      'The FO spokesperson said the deadline had expired.',
      'Chief of Army Staff (COAS) General Asim Munir visited the tribal districts.',
      'The COAS said talks would only be held with Kabul.',
    ].join('\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual(['Shafqat Ali Khan', 'Asim Munir'])
  })

  it('"the minister" with two ministers named is left as written and flagged', () => {
    const article = [
      'Interior Minister Mohsin Naqvi met Foreign Minister Ishaq Dar.',
      'Interior Minister Mohsin Naqvi said the border would close.',
      'Foreign Minister Ishaq Dar said talks would continue.',
      'The minister said Kabul had been warned.',
    ].join('\n')
    expect(who(article).at(-1)).toEqual(['The minister', null, true])
  })

  it('"the 23-year-old" is the person just named', () => {
    const article =
      'Mir Ali waited at the crossing.\n"We were born here," said Mir Ali.\n"We have no choice," the 23-year-old said.'
    expect(who(article).map(([speaker]) => speaker)).toEqual(['Mir Ali', 'Mir Ali'])
  })

  it('bodies: "the FO" is the Foreign Office (FO); "the statement" is whoever issued it', () => {
    const article = [
      'The Foreign Office (FO) said Pakistan condemned the attack.',
      'The FO said terrorism was a threat to regional peace.',
      'The ISPR said four militants were killed.',
      'The statement said the operation was continuing.',
    ].join('\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual([
      'The Foreign Office (FO)',
      'The Foreign Office (FO)',
      'The ISPR',
      'The ISPR',
    ])
  })

  it('an outlet described before its name is named by its name', () => {
    expect(who("Iran's state-run Nour News agency said the attack destroyed the headquarters.")).toEqual([
      ['Nour News agency', null, false],
    ])
  })
})

describe('joint speakers', () => {
  it('"X and Y said" is one statement by both, each by the full name given earlier', () => {
    const article = [
      'Mir Ali and Asal Mir waited at the crossing.',
      'Ali and Asal Mir said they were leaving voluntarily.',
      'Interior Minister Mohsin Naqvi and Foreign Minister Ishaq Dar said the border would stay shut.',
    ].join('\n')
    expect(who(article)).toEqual([
      ['Mir Ali and Asal Mir', null, false],
      ['Mohsin Naqvi and Ishaq Dar', null, false],
    ])
  })

  it('after "X and his elder brother Y", "the younger brother" is X and "the older brother" Y', () => {
    const article = [
      'Mir Ali was born in Murree.',
      'Ali and his elder brother Asal Mir said they were leaving voluntarily.',
      '“We were born in Pakistan,” said the younger brother.',
      '“We will come back,” said the older brother.',
    ].join('\n')
    expect(who(article).map(([speaker]) => speaker)).toEqual(['Mir Ali and Asal Mir', 'Mir Ali', 'Asal Mir'])
  })
})

describe('people introduced without a statement', () => {
  it('"the 23-year-old said" after "Mir Ali was reluctant to leave." is Mir Ali', () => {
    const article = 'Mir Ali was reluctant to leave.\n“It was mandatory,” the 23-year-old said.'
    expect(who(article).map(([speaker]) => speaker)).toEqual(['Mir Ali'])
  })

  it('"ISPR said" is the Inter-Services Public Relations (ISPR) the article spelled out before', () => {
    const article =
      'The military’s media wing, the Inter-Services Public Relations (ISPR), was quoted widely.\nISPR said four militants were killed.'
    expect(who(article).map(([speaker]) => speaker)).toEqual(['the Inter-Services Public Relations (ISPR)'])
  })

  it('a description before the introduction resolves by its title’s head word', () => {
    const article =
      'Peace talks would fail, the spokesman of the proscribed TTP said.\nTTP spokesman Shahidullah Shahid said the group would not disarm.'
    expect(who(article).map(([speaker]) => speaker)).toEqual(['Shahidullah Shahid', 'Shahidullah Shahid'])
  })

  it('a description no title fits is the one person the article names, when it names only one', () => {
    const one =
      'Chief Adviser Muhammad Yunus said elections would follow reforms.\n“The goal is accountability,” said the Nobel Laureate economist.'
    expect(who(one).map(([speaker, , uncertain]) => [speaker, uncertain])).toEqual([
      ['Muhammad Yunus', false],
      ['Muhammad Yunus', false],
    ])
    // Two people named: the description could be either, so it stays as written.
    const two =
      'Chief Adviser Muhammad Yunus said elections would follow reforms. Opposition leader Mirza Fakhrul said they must come first.\n“The goal is accountability,” said the Nobel Laureate economist.'
    expect(who(two).map(([speaker]) => speaker)).toEqual([
      'Muhammad Yunus',
      'Mirza Fakhrul',
      'the Nobel Laureate economist',
    ])
  })
})

describe('descriptions, titles and shared names', () => {
  it('"the official" and "the head of …" right after a named person are that person', () => {
    const official =
      'Zabihullah Mujahid said the talks would resume. The official added that Kabul wanted calm.'
    expect(who(official)).toEqual([
      ['Zabihullah Mujahid', null, false],
      ['Zabihullah Mujahid', null, false],
    ])
    const head =
      'Taliban negotiator Suhail Shaheen met the envoys on Monday. The head of the political office in Doha said the talks had been useful.'
    expect(who(head)).toEqual([['Suhail Shaheen', 'Taliban negotiator', false]])
  })

  it('such a description far from any named person, or a title of its own, stays as written', () => {
    const far = [
      'Zabihullah Mujahid said the talks would resume.',
      'The road was closed for a week.',
      'Trucks waited at the crossing.',
      'The official said the road would reopen.',
    ].join('\n')
    expect(who(far).at(-1)).toEqual(['The official', null, false])
    // "the minister" names an office the spokesman does not hold: someone else.
    const titled =
      'Zabihullah Mujahid, the Taliban spokesman, said the talks would resume. The minister said they had failed.'
    expect(who(titled).at(-1)).toEqual(['The minister', null, false])
  })

  it('a title before the name goes to the role, a place in it included', () => {
    expect(
      who("Afghan chargé d'affaires in Islamabad Sardar Ahmad Shakib said the crossing would reopen."),
    ).toEqual([['Sardar Ahmad Shakib', "Afghan chargé d'affaires in Islamabad", false]])
    expect(who('Afghan ambassador in Islamabad Ahmad Shakib said trade would resume.')).toEqual([
      ['Ahmad Shakib', 'Afghan ambassador in Islamabad', false],
    ])
    // Later mentions by surname are the man, not the title's place run into his name.
    const later = [
      'Nepal’s ambassador to Chile Tenzing Lama met officials on Friday.',
      'Lama, a career diplomat, said both sides wanted calm.',
      'Lama said the talks had been cordial.',
    ].join('\n')
    expect(who(later).map(([speaker]) => speaker)).toEqual(['Tenzing Lama', 'Tenzing Lama'])
  })

  it('two people who share a name stay apart unless the article makes them one', () => {
    const residentFirst = [
      'Zalmay, a resident of Paktia, said the bombing killed his cousins.',
      'Mohammad Zalmay Afghanyar, an analyst, said the strikes would harden positions.',
      'Afghanyar added that the talks were dead.',
      'Zalmay said he had buried them.',
    ].join('\n')
    expect(who(residentFirst)).toEqual([
      ['Zalmay', 'a resident of Paktia', false],
      ['Mohammad Zalmay Afghanyar', 'an analyst', false],
      ['Mohammad Zalmay Afghanyar', 'an analyst', false],
      ['Zalmay', 'a resident of Paktia', false],
    ])
    const analystFirst = [
      'Mohammad Zalmay Afghanyar, an analyst, said the strikes would harden positions.',
      'Zalmay, a resident of Paktia, said the bombing killed his cousins.',
    ].join('\n')
    expect(who(analystFirst).map(([speaker]) => speaker)).toEqual(['Mohammad Zalmay Afghanyar', 'Zalmay'])
    // The article makes them one: a first name with the same title, a surname with a new one.
    const same = [
      'Zabihullah Mujahid, the Taliban spokesman, said the talks would resume.',
      'Zabihullah, the spokesman, added that Kabul wanted calm.',
      'Kech District Police Officer Muhammad Baloch said five labourers were killed.',
      'Baloch, the police chief, said a search had begun.',
    ].join('\n')
    expect(who(same).map(([speaker]) => speaker)).toEqual([
      'Zabihullah Mujahid',
      'Zabihullah Mujahid',
      'Muhammad Baloch',
      'Muhammad Baloch',
    ])
  })
})
