import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { IngestError } from './errors'
import { extractArticle } from './html-article'

const ORIGIN = 'https://fixture.example'
const page = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../e2e/web-fixtures/pages/${name}`, import.meta.url)),
    'utf8',
  ).replaceAll('{{origin}}', ORIGIN)
const paragraphs = (text: string) => text.split('\n\n')

describe('extractArticle on pages shaped like real ones', () => {
  it('a WordPress article: fields from its Open Graph tags, text without comments, widgets or post navigation', () => {
    const url = `${ORIGIN}/2024/03/04/traders-count-losses-as-torkham-reopens/`
    const article = extractArticle(page('wordpress-article.html'), url)
    expect(article).toMatchObject({
      title: 'Traders count losses as Torkham reopens after nine days',
      publisher: 'Frontier Ledger',
      byline: 'Sana Malik',
      date: '2024-03-04',
      url,
    })
    const text = paragraphs(article.text)
    expect(text[0]).toBe(
      'PESHAWAR — The Torkham border crossing between Pakistan and Afghanistan reopened on Monday after a nine-day closure that left hundreds of trucks stranded on both sides.',
    )
    expect(text[1]).toBe(
      '“We have lost more than we can count,” said Haji Gul Rahman, who heads the traders’ association in Landi Kotal. “Fruit rotted in the trucks while we waited.”',
    )
    expect(text).toContain('Talks in the flag meeting')
    expect(text).toContain(
      '“The border must never be closed to patients and traders again,” said Dr Amina Yousafzai, who runs a clinic in Torkham.',
    )
    expect(text.at(-1)).toBe(
      'Customs figures show that trade through Torkham fell by a third last year. Traders say each day of closure costs them more than $1.5 million.',
    )
    for (const noise of [
      'Every year the same story',
      'Leave a Reply',
      'Recent Posts',
      'Post navigation',
      'Wheat prices',
      'Skip to content',
      'Proudly powered',
    ]) {
      expect(article.text).not.toContain(noise)
    }
    expect(article.text).not.toMatch(/<|>|&#/)
  })

  it('a news page with JSON-LD: headline, authors, publisher, date and address from it; the byline block and related links left out', () => {
    const article = extractArticle(
      page('json-ld-news.html'),
      `${ORIGIN}/news/world-asia-68512345?at_medium=rss`,
    )
    expect(article).toMatchObject({
      title: 'Pakistan and Afghanistan agree to talks on border fencing',
      publisher: 'Asia Wire',
      byline: 'Omar Farooq and Lena Hart',
      date: '2024-03-05',
      url: `${ORIGIN}/news/world-asia-68512345`,
    })
    const text = paragraphs(article.text)
    expect(text[0]).toBe(
      'Pakistan and Afghanistan have agreed to hold talks on the fence along their shared border, officials in both countries said on Tuesday.',
    )
    expect(text).toContain(
      '"We believe the issue can be settled through dialogue," she said. "Pakistan has always kept its doors open."',
    )
    expect(text.at(-1)).toBe(
      'The fence, which Pakistan began building in 2017, runs along most of the 2,600km frontier. Afghan governments have never recognised the border.',
    )
    for (const noise of [
      'By Omar Farooq',
      'We use cookies',
      'More on this story',
      'Why the Durand Line',
      'Related topics',
      'Image source',
      'Copyright',
    ]) {
      expect(article.text).not.toContain(noise)
    }
  })

  it('an AMP page: its canonical address is the ordinary page, and its date comes from JSON-LD', () => {
    const article = extractArticle(
      page('amp-article.html'),
      `${ORIGIN}/amp/news/border-reopens-to-pedestrians`,
    )
    expect(article).toMatchObject({
      title: 'Border reopens to pedestrians at Chaman',
      publisher: 'Quetta Today',
      byline: 'Bilal Kakar',
      date: '2024-02-11',
      url: `${ORIGIN}/news/border-reopens-to-pedestrians`,
    })
    expect(paragraphs(article.text)).toHaveLength(4)
    expect(article.text).not.toContain('Balochistan')
    expect(article.text).not.toContain('UA-XXXXX')
  })

  it('a page whose text sits among navigation and comments, with no metadata: the date is guessed from the address, and says so', () => {
    const url = `${ORIGIN}/2024/02/29/markets/analysts-weigh-ceasefire.html`
    const article = extractArticle(page('cluttered-article.html'), url)
    expect(article).toMatchObject({
      title: 'Analysts weigh a ceasefire that few expect to hold',
      publisher: 'The Border Post',
      date: {
        value: '2024-02-29',
        inferred: true,
        reason: 'guessed from the date in the page’s address (2024/02/29)',
      },
      url,
    })
    const text = paragraphs(article.text)
    expect(text).toHaveLength(5)
    expect(text[0]).toMatch(/^ISLAMABAD: Security analysts on Wednesday cast doubt/)
    expect(text[4]).toMatch(/“Talks without a framework are just a pause,” he said\.$/)
    for (const noise of [
      'Advertisement',
      'Most read',
      'We have seen this film',
      'Give peace a chance',
      'Newsletter',
      'Breaking',
      'Petrol price',
    ]) {
      expect(article.text).not.toContain(noise)
    }
  })
})

describe('extractArticle: dates and fields from less common places', () => {
  const wrap = (
    head: string,
    body = '<article><p>' +
      'The minister said the talks would resume next week in Doha. '.repeat(8) +
      '</p></article>',
  ) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

  it('uses a shown <time> when there is no metadata, marked as inferred', () => {
    const article = extractArticle(
      wrap(
        '<title>Talks</title>',
        `<article><time datetime="2024-05-06T08:00:00+05:00">6 May 2024</time><p>${'The minister said the talks would resume next week in Doha. '.repeat(8)}</p></article>`,
      ),
      null,
    )
    expect(article.date).toEqual({
      value: '2024-05-06',
      inferred: true,
      reason: 'taken from the date shown on the page (“6 May 2024”)',
    })
    expect(article.url).toBeNull()
  })

  it('falls back to the date of the last change, marked as such', () => {
    const article = extractArticle(
      wrap('<meta property="article:modified_time" content="2024-06-01T10:00:00Z">'),
      null,
    )
    expect(article.date).toEqual({
      value: '2024-06-01',
      inferred: true,
      reason: 'the page gives only the date it was last changed',
    })
  })

  it('says "unknown" when nothing gives a date, and ignores a broken JSON-LD block', () => {
    const article = extractArticle(
      wrap(
        '<script type="application/ld+json">{"@type": "NewsArticle", oops}</script><meta name="author" content="https://facebook.com/someone">',
      ),
      'https://x.example/news/123',
    )
    expect(article.date).toBe('unknown')
    expect(article.byline).toBeNull()
  })

  it('refuses a page with no article text', () => {
    expect(() =>
      extractArticle('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>', null),
    ).toThrow(IngestError)
    expect(() => extractArticle('<html><body></body></html>', null)).toThrow(
      'No article text could be found on this page. If the article is there, copy its text and paste it instead.',
    )
  })
})
