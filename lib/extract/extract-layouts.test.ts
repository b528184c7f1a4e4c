import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'

const rows = (article: string) =>
  extractStatements(article).map((s) => {
    expect(article.slice(s.start, s.end)).toBe(s.text)
    return [s.speaker, s.kind, s.text]
  })

describe('extractStatements: any layout', () => {
  it('a quote of two paragraphs pasted as one paragraph: each paragraph of it is a statement', () => {
    const article =
      'Yunus spoke on Thursday. "We want a free vote," Yunus said. "This election will be peaceful. "All parties will sign a code of conduct," he said.'
    expect(rows(article)).toEqual([
      ['Yunus', 'direct', 'We want a free vote'],
      ['Yunus', 'direct', 'This election will be peaceful.'],
      ['Yunus', 'direct', 'All parties will sign a code of conduct'],
    ])
  })

  it('"on X." ends a sentence; the next one has its own speaker', () => {
    const article =
      '"Nobody can be locked out," Richard Bennett wrote on X. Diplomats in Doha say the talks are stalled.'
    expect(rows(article)).toEqual([
      ['Richard Bennett', 'direct', 'Nobody can be locked out'],
      ['Diplomats in Doha', 'paraphrase', 'the talks are stalled'],
    ])
  })

  it('hard-wrapped text: a frame broken over two lines, a role with a line break in it', () => {
    const article = [
      '"The crossing will stay shut until the Afghan side removes the illegal',
      'structure," said Abdul Nasir Khan, a',
      'senior official of the Khyber district administration, who spoke',
      'to reporters at the border.',
      '',
      'Officials said the talks with Kabul would resume next week after a',
      'pause of three months, and that trade would reopen within days.',
    ].join('\n')
    const [quote, paraphrase] = extractStatements(article)
    expect(quote).toMatchObject({
      speaker: 'Abdul Nasir Khan',
      role: 'a senior official of the Khyber district administration',
      kind: 'direct',
    })
    expect(quote!.text).toBe(
      'The crossing will stay shut until the Afghan side removes the illegal\nstructure',
    )
    expect(paraphrase).toMatchObject({ speaker: 'Officials', kind: 'paraphrase' })
  })

  it('a dateline with a date is not narration that becomes a statement', () => {
    const article =
      'ISLAMABAD, March 4 — Pakistan summoned the Afghan charge d’affaires on Monday. The Foreign Office said the attacks must stop.'
    expect(rows(article)).toEqual([['The Foreign Office', 'paraphrase', 'the attacks must stop']])
  })
})
