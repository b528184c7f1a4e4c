import { describe, expect, it } from 'vitest'
import { extractStatements, type DraftStatement } from './extract'

/** The fields a reader checks, with the text taken from the offsets, not from `text`. */
function read(article: string) {
  return extractStatements(article).map((s: DraftStatement) => {
    expect(article.slice(s.start, s.end)).toBe(s.text)
    return { speaker: s.speaker, role: s.role, kind: s.kind, text: s.text }
  })
}

const one = (article: string) => {
  const found = read(article)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('extractStatements: quotation forms', () => {
  it('"…," said X, a Y.', () => {
    const article =
      '"Trade should not be held hostage to politics," said Abdul Nasir Khan, a senior official of the district.'
    expect(one(article)).toEqual({
      speaker: 'Abdul Nasir Khan',
      role: 'a senior official of the district',
      kind: 'direct',
      text: 'Trade should not be held hostage to politics',
    })
  })

  it('"…," X stated during a press conference: cue, attribution and offsets', () => {
    const article =
      'Jan Achakzai, the Interim Minister of Information of Balochistan, met reporters.\n“We have observed a double-handed game,” Achakzai stated during a press conference.'
    const [statement] = extractStatements(article)
    expect(statement).toEqual({
      speaker: 'Jan Achakzai',
      role: 'the Interim Minister of Information of Balochistan',
      kind: 'direct',
      text: 'We have observed a double-handed game',
      start: 82,
      end: 119,
      attribution: 'stated during a press conference',
      channel: 'firsthand',
      cue: 'stated',
    })
  })

  it('X said: "…" and X, a Y, said: "…"', () => {
    expect(one('Interior Minister Mohsin Naqvi said: “We have shared the evidence with Kabul.”')).toEqual({
      speaker: 'Mohsin Naqvi',
      role: 'Interior Minister',
      kind: 'direct',
      text: 'We have shared the evidence with Kabul.',
    })
    expect(
      one(
        'Abdul Mutalib Haqqani, a spokesman for the ministry, said: "We call on the world to take notice."',
      ),
    ).toMatchObject({
      speaker: 'Abdul Mutalib Haqqani',
      role: 'a spokesman for the ministry',
    })
  })

  it('a quotation of several sentences stays one statement', () => {
    const article =
      '"Both capitals are under pressure. Mistakes happen quickly. Nobody wants a war," said Imtiaz Gul, a security analyst.'
    expect(one(article).text).toBe(
      'Both capitals are under pressure. Mistakes happen quickly. Nobody wants a war',
    )
  })

  it('a quote paragraph with no cue continues the previous speaker', () => {
    const article =
      '"Forced returns put children in danger," said Philippa Candler, the UNHCR representative.\n"We have asked for more time."'
    expect(read(article)).toEqual([
      {
        speaker: 'Philippa Candler',
        role: 'the UNHCR representative',
        kind: 'direct',
        text: 'Forced returns put children in danger',
      },
      {
        speaker: 'Philippa Candler',
        role: 'the UNHCR representative',
        kind: 'direct',
        text: 'We have asked for more time.',
      },
    ])
  })

  it('a quote left open at the end of a paragraph runs on; the next one carries the cue', () => {
    const article =
      '"We want a free vote," said Muhammad Yunus, the Chief Adviser.\n"This election will be peaceful.\n"All parties will sign a code of conduct," he said.'
    expect(read(article).map((s) => [s.speaker, s.text])).toEqual([
      ['Muhammad Yunus', 'We want a free vote'],
      ['Muhammad Yunus', 'This election will be peaceful.'],
      ['Muhammad Yunus', 'All parties will sign a code of conduct'],
    ])
  })

  it('straight and curly marks, mixed in one quotation', () => {
    expect(one('“Beijing’s patience is wearing thin," said Andrew Small, a senior fellow.').text).toBe(
      'Beijing’s patience is wearing thin',
    )
    expect(one('"Investors will think twice,” said Kaiser Bengali, an economist.').text).toBe(
      'Investors will think twice',
    )
  })

  it('nested quotations stay inside the outer one', () => {
    const article =
      '"When the soldiers told us "stay inside," we hid under the beds," said Muhammad Rafiq, a villager.'
    expect(one(article).text).toBe('When the soldiers told us "stay inside," we hid under the beds')
    const curly = '“When a government says ‘we will respond,’ it speaks to its public,” Gul said.'
    expect(one(curly).text).toBe('When a government says ‘we will respond,’ it speaks to its public')
  })

  it('quotations in single marks, curly or straight, apostrophes and possessives left alone', () => {
    expect(one('‘We will fight this in court,’ Anil Rao told reporters.').text).toBe(
      'We will fight this in court',
    )
    expect(one("'We won't protect the farmers' rights by waiting,' said Anil Rao.").text).toBe(
      "We won't protect the farmers' rights by waiting",
    )
    expect(one("The secretary added: 'We have filed our objections.'")).toMatchObject({
      kind: 'direct',
      text: 'We have filed our objections.',
    })
    // A fragment in single marks inside a reported clause keeps it a paraphrase; one word
    // in single marks names a thing and quotes no one.
    expect(one("Anil Rao said the state would 'never surrender' its rights.")).toMatchObject({
      kind: 'paraphrase',
      text: "the state would 'never surrender' its rights",
    })
    expect(one("Anil Rao said the ship ‘Sea Lark’ had docked at the farmers' pier.").kind).toBe('paraphrase')
    // Double marks inside single ones are nested in them.
    expect(one('\'He said "never" to me,\' said Anil Rao.').text).toBe('He said "never" to me')
  })

  it('an unclosed quotation ends where its reporting clause begins', () => {
    const article =
      'Security analyst Imtiaz Gul spoke.\n"Neither side wants a war. But mistakes happen, he said, adding that talks were under way.'
    expect(read(article)).toEqual([
      {
        speaker: 'Imtiaz Gul',
        role: 'Security analyst',
        kind: 'direct',
        text: 'Neither side wants a war. But mistakes happen',
      },
      { speaker: 'Imtiaz Gul', role: 'Security analyst', kind: 'paraphrase', text: 'talks were under way' },
    ])
  })

  it('never throws on stray or unbalanced marks, and every offset is in range', () => {
    const marks = ['"', '“', '”', '‘', '’', '«', '»', ',', '.', ' ', 'said', 'He', 'X', '\n', ':']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 40 }, () => marks[Math.floor(random() * marks.length)]).join('')
      for (const s of extractStatements(text)) {
        expect(s.start).toBeGreaterThanOrEqual(0)
        expect(s.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(s.start, s.end)).toBe(s.text)
      }
    }
  })
})

describe('extractStatements: reported speech', () => {
  it('X said that …, X, the Y of Z, said …', () => {
    expect(
      one(
        'Zabihullah Mujahid, the chief spokesman of the Islamic Emirate, said that the structure posed no threat.',
      ),
    ).toEqual({
      speaker: 'Zabihullah Mujahid',
      role: 'the chief spokesman of the Islamic Emirate',
      kind: 'paraphrase',
      text: 'the structure posed no threat',
    })
  })

  it('a title before the name', () => {
    expect(
      one(
        'Caretaker Information Minister Jan Achakzai said on Wednesday that the province would not negotiate.',
      ),
    ).toEqual({
      speaker: 'Jan Achakzai',
      role: 'Caretaker Information Minister',
      kind: 'paraphrase',
      text: 'the province would not negotiate',
    })
  })

  it('According to X, …', () => {
    expect(
      one('According to the Khyber Chamber of Commerce, more than 5,000 vehicles are waiting to cross.'),
    ).toEqual({
      speaker: 'the Khyber Chamber of Commerce',
      role: null,
      kind: 'paraphrase',
      text: 'more than 5,000 vehicles are waiting to cross',
    })
  })

  it('…, as reported by Pakistani media: the outlet makes it secondhand', () => {
    const article =
      'In a meeting with the UN chief, Pakistan’s Chief of Staff, Gen. Asim Munir, raised concerns about “cross-border terrorism”, as reported by Pakistani media.'
    const [s] = extractStatements(article)
    expect(s).toMatchObject({
      speaker: 'Gen. Asim Munir',
      role: 'Pakistan’s Chief of Staff',
      kind: 'paraphrase',
      text: 'raised concerns about “cross-border terrorism”',
      channel: 'secondhand',
      // The cue ("raised concerns" is a verb-led report), then how the article knows it.
      attribution: 'raised, as reported by Pakistani media',
    })
  })

  it('citing: the report through another outlet', () => {
    const article =
      'The World Bank, which brokered the treaty, has said it has no role beyond that of a facilitator, Dawn reported, citing a bank spokesperson.'
    const [s] = extractStatements(article)
    expect(s).toMatchObject({
      speaker: 'The World Bank',
      text: 'it has no role beyond that of a facilitator',
      channel: 'secondhand',
      attribution: 'said, Dawn reported, citing a bank spokesperson',
    })
  })

  it('the speaker after the content, with and without quotation marks', () => {
    expect(one('At least 12 soldiers were killed in the attack, the military said.')).toEqual({
      speaker: 'the military',
      role: null,
      kind: 'paraphrase',
      text: 'At least 12 soldiers were killed in the attack',
    })
    expect(
      one('India will not resume talks, Indian External Affairs Minister S. Jaishankar said on Friday.'),
    ).toMatchObject({
      speaker: 'S. Jaishankar',
      role: 'Indian External Affairs Minister',
    })
  })

  it('"He added" and "He further said" chains resolve to the last named speaker', () => {
    const article = [
      'Interior Ministry spokesman Qadir Yar Tiwana said the deadline stands.',
      'He added that there would be no extension.',
      'He further said that registered refugees would not be affected.',
    ].join('\n')
    expect(read(article).map((s) => [s.speaker, s.role, s.text])).toEqual([
      ['Qadir Yar Tiwana', 'Interior Ministry spokesman', 'the deadline stands'],
      ['Qadir Yar Tiwana', 'Interior Ministry spokesman', 'there would be no extension'],
      ['Qadir Yar Tiwana', 'Interior Ministry spokesman', 'registered refugees would not be affected'],
    ])
  })

  it('"the spokesperson" resolves to the person introduced with that title', () => {
    const article =
      'Pakistan\'s Foreign Office spokesperson Shafqat Ali Khan held the weekly briefing.\n"It would be an act of war," the spokesperson said.'
    expect(one(article)).toMatchObject({
      speaker: 'Shafqat Ali Khan',
      role: "Pakistan's Foreign Office spokesperson",
    })
  })

  it('organisations speak: "the Taliban", "the Foreign Office", and "they" in the same sentence', () => {
    expect(one('The Foreign Office said Islamabad had shared evidence with Kabul.').speaker).toBe(
      'The Foreign Office',
    )
    const taliban =
      'While the Taliban has not responded to the claims, they have consistently asserted that Afghanistan’s soil will not be used against other countries.'
    expect(one(taliban)).toEqual({
      speaker: 'the Taliban',
      role: null,
      kind: 'paraphrase',
      text: 'Afghanistan’s soil will not be used against other countries',
    })
  })

  it('a short quoted fragment inside a reported clause keeps it a paraphrase', () => {
    expect(
      one(
        'The Awami League said in a statement that the vote would be "neither free nor inclusive" without it.',
      ),
    ).toMatchObject({
      kind: 'paraphrase',
      text: 'the vote would be "neither free nor inclusive" without it',
    })
  })

  it('"according to a statement from X": X is the speaker', () => {
    expect(
      one(
        "Compensation will be paid to each family, according to a statement from the Prime Minister's Office.",
      ),
    ).toMatchObject({
      speaker: "the Prime Minister's Office",
      text: 'Compensation will be paid to each family',
    })
  })

  it('a verb whose content is its object: "accused X of …", "blamed X for …"', () => {
    expect(
      one('Opposition leader Sajith Premadasa accused the government of hiding the cost.'),
    ).toMatchObject({
      speaker: 'Sajith Premadasa',
      text: 'accused the government of hiding the cost',
    })
    expect(one('Experts blamed unplanned construction for the damage.').text).toBe(
      'blamed unplanned construction for the damage',
    )
    expect(read('Experts blamed the rain.')).toEqual([]) // no "for": no content to report
  })

  it('a title with a place before the name: "Deputy Commissioner of Chaman Raja Athar Abbas"', () => {
    expect(one('Deputy Commissioner of Chaman Raja Athar Abbas said the decision stands.')).toMatchObject({
      speaker: 'Raja Athar Abbas',
      role: 'Deputy Commissioner of Chaman',
    })
  })

  it('a wire dateline is not part of the statement', () => {
    expect(one('PESHAWAR: At least 40 people have been killed, officials said on Sunday.')).toMatchObject({
      speaker: 'officials',
      text: 'At least 40 people have been killed',
    })
  })
})

describe('extractStatements: what is not a statement', () => {
  it('the reporter’s narration, with no speaker', () => {
    const article = [
      'Pakistani soldiers have confronted a surge in attacks in recent months.',
      'The concerns of Pakistani authorities heightened after 23 soldiers lost their lives.',
      'Drivers waiting at the crossing have run short of food.',
    ].join('\n')
    expect(read(article)).toEqual([])
  })

  it('verb-led: "rejected the remarks" and "claimed responsibility" are statements; a visit is not', () => {
    expect(
      read(
        'The spokesman rejected the remarks.\nA faction of the TTP later claimed responsibility for the assault.\nThe minister visited the site.',
      ).map((s) => s.text),
    ).toEqual(['rejected the remarks', 'claimed responsibility for the assault'])
  })

  it('a quoted name in narration is not a quotation', () => {
    expect(read('The army launched operation “Azm-e-Istehkam” in June.')).toEqual([])
  })
})

describe('extractStatements: pronouns', () => {
  it('"he" after a person is named without a statement refers to that person', () => {
    const article =
      'Jaishankar said India would not resume talks.\nPakistan’s Foreign Office spokesperson Shafqat Ali Khan held the weekly briefing.\nHe said the treaty could not be suspended.'
    expect(read(article).map((s) => s.speaker)).toEqual(['Jaishankar', 'Shafqat Ali Khan'])
  })
})
