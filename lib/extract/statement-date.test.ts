import { describe, expect, it } from 'vitest'
import { suggestStatementDate } from './statement-date'

/** The suggestion for the statement `words` in `article` (their first occurrence). */
function suggest(article: string, words: string, sourceDate: string | null) {
  const start = article.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the article`)
  return suggestStatementDate(article, { start, end: start + words.length }, sourceDate)
}

// 2023-12-16 was a Saturday; 2024-03-04 a Monday.
describe('a suggested statement date from the words around it', () => {
  it('"on Monday": the most recent Monday on or before the source’s date', () => {
    const article = 'Officials met again. “We will not allow it,” the minister said on Monday. Talks go on.'
    expect(suggest(article, 'We will not allow it', '2023-12-16')).toEqual({
      date: '2023-12-11',
      cue: 'on Monday',
    })
    // The source's own weekday is that day itself.
    expect(suggest(article, 'We will not allow it', '2024-03-04')).toEqual({
      date: '2024-03-04',
      cue: 'on Monday',
    })
    const us = 'The spokesman said Friday that the border would stay closed.'
    expect(suggest(us, 'the border would stay closed', '2023-12-16')?.date).toBe('2023-12-15')
  })

  it('"on 4 March" and "March 4": that day in the source’s year, or the year before when later', () => {
    const uk = 'In a statement on 4 March, the ministry said the talks had failed.'
    expect(suggest(uk, 'the talks had failed', '2024-03-20')).toEqual({
      date: '2024-03-04',
      cue: 'on 4 March',
    })
    expect(suggest(uk, 'the talks had failed', '2024-03-04')?.date).toBe('2024-03-04')
    // An article of February speaking of 4 March means last year's.
    expect(suggest(uk, 'the talks had failed', '2024-02-10')?.date).toBe('2023-03-04')
    const us = '“There is no truth in it,” he told reporters on March 4th.'
    expect(suggest(us, 'There is no truth in it', '2024-05-01')).toEqual({
      date: '2024-03-04',
      cue: 'on March 4th',
    })
    const dec = 'Speaking on 12 December, Mujahid said the claims were baseless.'
    expect(suggest(dec, 'the claims were baseless', '2024-01-03')?.date).toBe('2023-12-12')
  })

  it('a day with its year is that day; one that does not exist is no suggestion', () => {
    const article = 'On 4 March 2022, the envoy said the deal was dead.'
    expect(suggest(article, 'the deal was dead', '2024-03-20')?.date).toBe('2022-03-04')
    const bad = 'On 31 April the envoy said the deal was dead.'
    expect(suggest(bad, 'the deal was dead', '2024-05-20')).toBeNull()
  })

  it('"yesterday": the day before the source’s date', () => {
    const article = '“We reject the report,” a spokesman told reporters yesterday.'
    expect(suggest(article, 'We reject the report', '2024-03-01')).toEqual({
      date: '2024-02-29',
      cue: 'yesterday',
    })
  })

  it('gives none when the source has no date, for a date relative to it', () => {
    const article = '“We will not allow it,” the minister said on Monday, and on 4 March, and yesterday.'
    expect(suggest(article, 'We will not allow it', null)).toBeNull()
    expect(suggest(article, 'We will not allow it', 'unknown')).toBeNull()
  })

  it('gives none when the words around give no day', () => {
    const article = '“We will not allow it,” the minister said at a press conference. On Monday talks resume.'
    expect(suggest(article, 'We will not allow it', '2024-03-04')).toBeNull()
    // An event named by its day is not when the statement was made.
    const event = 'Discussing Monday’s attack, the minister said the army would respond.'
    expect(suggest(event, 'the army would respond', '2024-03-04')).toBeNull()
  })

  it('never reads the statement’s own words: a day inside a quotation is what it speaks of', () => {
    const article = 'The envoy said: “We will meet again on Monday, on 4 March.” The talks continue.'
    expect(suggest(article, 'We will meet again on Monday, on 4 March.', '2024-02-20')).toBeNull()
  })

  it('takes the day nearest the statement when the sentence names two', () => {
    const article = 'On Friday, after talks on 2 March, the minister said on Monday that the deal holds.'
    expect(suggest(article, 'the deal holds', '2024-03-06')).toEqual({ date: '2024-03-04', cue: 'on Monday' })
  })
})
