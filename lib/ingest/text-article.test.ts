import { describe, expect, it } from 'vitest'
import { looksLikeHeadline, readTextArticle } from './text-article'

describe('readTextArticle', () => {
  it('takes a headline, byline and date off the top, leaving the text to start at its first paragraph', () => {
    const file = [
      'Governor urges calm after clashes in Kurram',
      '',
      'By Aqeel Yousafzai',
      '12 January 2024',
      '',
      'PARACHINAR: The governor appealed for calm on Friday.',
      '',
      '"Elders must sit together," he said.',
      '',
    ].join('\n')
    expect(readTextArticle(file)).toEqual({
      title: 'Governor urges calm after clashes in Kurram',
      publisher: null,
      byline: 'Aqeel Yousafzai',
      date: {
        value: '2024-01-12',
        inferred: true,
        reason: 'read from the line “12 January 2024” under the headline',
      },
      url: null,
      text: 'PARACHINAR: The governor appealed for calm on Friday.\n\n"Elders must sit together," he said.',
    })
  })

  it('reads the outlet before a date, and an address line', () => {
    const fields = readTextArticle(
      'Talks resume in Doha\nDawn | March 4, 2024\nhttps://www.dawn.com/news/1\n\nBody text here.',
    )
    expect(fields.publisher).toBe('Dawn')
    expect(fields.date).toMatchObject({ value: '2024-03-04', inferred: true })
    expect(fields.url).toBe('https://www.dawn.com/news/1')
    expect(fields.text).toBe('Body text here.')
  })

  it('reads a block of labelled fields; a labelled date is stated, not guessed', () => {
    const file =
      'Title: Talks resume\r\nPublisher: Dawn\r\nDate: 2024-03-04\r\nAuthor: By Ann Lee\r\nURL: https://dawn.example/a\r\n\r\nThe text.\r\nMore text.'
    expect(readTextArticle(file)).toEqual({
      title: 'Talks resume',
      publisher: 'Dawn',
      byline: 'Ann Lee',
      date: '2024-03-04',
      url: 'https://dawn.example/a',
      text: 'The text.\nMore text.',
    })
  })

  it('leaves an article that opens with a paragraph as it is', () => {
    const file =
      'In a meeting with the UN chief, the army chief raised concerns about Afghanistan.\nMunir seeks support, according to reports.'
    const fields = readTextArticle(file)
    expect(fields.title).toBeNull()
    expect(fields.date).toBe('unknown')
    expect(fields.text).toBe(file)
  })

  it('does not take a lone line for a headline, and keeps the address it was given', () => {
    expect(readTextArticle('Talks resume in Doha', 'https://x.example/a.txt')).toMatchObject({
      title: null,
      url: 'https://x.example/a.txt',
      text: 'Talks resume in Doha',
    })
  })
})

describe('looksLikeHeadline', () => {
  it('takes short lines without a full stop', () => {
    expect(looksLikeHeadline('Governor urges calm after clashes in Kurram')).toBe(true)
    expect(looksLikeHeadline('Will the talks resume?')).toBe(true)
    expect(looksLikeHeadline('Minister: “We will respond”')).toBe(true)
  })
  it('refuses sentences, bylines, dates, fields and one-word lines', () => {
    expect(looksLikeHeadline('The governor appealed for calm on Friday.')).toBe(false)
    expect(looksLikeHeadline('By Aqeel Yousafzai')).toBe(false)
    expect(looksLikeHeadline('12 January 2024')).toBe(false)
    expect(looksLikeHeadline('Title: x')).toBe(false)
    expect(looksLikeHeadline('Kabul')).toBe(false)
    expect(looksLikeHeadline('lower-case start of a wrapped line')).toBe(false)
    expect(looksLikeHeadline(`Word ${'word '.repeat(40)}`)).toBe(false)
  })
})
