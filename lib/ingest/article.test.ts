import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { archiveOf, sha256Hex } from './archive'
import { articleFromFile, articleFromPage } from './article'
import { IngestError } from './errors'
import { fetchPage } from './fetch'
import { LOOPBACK, serveFixtureWeb } from './testing'

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../e2e/web-fixtures/pages/${name}`, import.meta.url)))
const utf8 = (text: string) => new TextEncoder().encode(text)

const web = serveFixtureWeb()
const fetchFixture = (path: string) => fetchPage(`${web.origin}${path}`, { allow: LOOPBACK })

describe('articleFromPage', () => {
  it('fills the form from a fetched page, and keeps it as fetched with fingerprints', async () => {
    const page = await fetchFixture('/redirect/to-article')
    const article = articleFromPage(page)
    expect(article.title).toBe('Traders count losses as Torkham reopens after nine days')
    expect(article.url).toBe(`${web.origin}/2024/03/04/traders-count-losses-as-torkham-reopens/`)
    const archived = archiveOf(page, article.text)
    expect(archived).toMatchObject({
      requestedUrl: `${web.origin}/redirect/to-article`,
      url: `${web.origin}/2024/03/04/traders-count-losses-as-torkham-reopens/`,
      fetchedAt: page.fetchedAt,
      mediaType: 'text/html',
      charset: 'utf-8',
      html: page.text,
      text: article.text,
    })
    expect(archived.htmlSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(archived.htmlSha256).toBe(sha256Hex(new TextEncoder().encode(page.text)))
    expect(archived.textSha256).toBe(sha256Hex(article.text))
    expect(archived.textSha256).not.toBe(archived.htmlSha256)
  })

  it('reads a plain-text page with the headline rules, keeping its address', async () => {
    const article = articleFromPage(await fetchFixture('/text/governor-urges-calm.txt'))
    expect(article.title).toBe('Governor urges calm after clashes in Kurram')
    expect(article.byline).toBe('Aqeel Yousafzai')
    expect(article.url).toBe(`${web.origin}/text/governor-urges-calm.txt`)
    expect(article.text.startsWith('PARACHINAR: The governor of Khyber Pakhtunkhwa appealed for calm')).toBe(
      true,
    )
  })

  it('reads a windows-1252 page into proper characters', async () => {
    const article = articleFromPage(await fetchFixture('/legacy/latin1.html'))
    expect(article.title).toBe('Café owners protest in Quetta')
    expect(
      article.text.startsWith('“We cannot pay these bills,” said the owner of a café on Jinnah Road.'),
    ).toBe(true)
  })
})

describe('articleFromFile', () => {
  it('a text file: the headline goes to Title, not into the body', () => {
    const article = articleFromFile(fixture('plain-article.txt'), 'kurram.txt', 'text/plain')
    expect(article.title).toBe('Governor urges calm after clashes in Kurram')
    expect(article.date).toMatchObject({ value: '2024-01-12', inferred: true })
    expect(article.text).not.toContain('Governor urges calm after clashes in Kurram')
    expect(article.text.split('\n\n')).toHaveLength(3)
  })

  it('a saved web page fills title, date and publisher the same way as a fetched one', () => {
    const html = fixture('json-ld-news.html')
      .toString('utf8')
      .replaceAll('{{origin}}', 'https://asiawire.example')
    const article = articleFromFile(utf8(html), 'Pakistan and Afghanistan agree.html', '')
    expect(article).toMatchObject({
      title: 'Pakistan and Afghanistan agree to talks on border fencing',
      publisher: 'Asia Wire',
      date: '2024-03-05',
      url: 'https://asiawire.example/news/world-asia-68512345',
    })
  })

  it('knows a saved page by its content when the name and type say nothing, and reads its declared charset', () => {
    const latin1 = new Uint8Array([
      ...utf8('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Caf'),
      0xe9,
      ...utf8(' owners protest</title></head><body><article><p>'),
      0x93,
      ...utf8('We cannot pay these bills,'),
      0x94,
      ...utf8(
        ' said the owner, as shops across the city closed their doors for the day in protest at the new tax.</p></article></body></html>',
      ),
    ])
    const article = articleFromFile(latin1, 'download')
    expect(article.title).toBe('Café owners protest')
    expect(article.text).toMatch(/^“We cannot pay these bills,” said the owner/)
  })

  it('refuses files it cannot read, in words', () => {
    const refusal = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        expect(error).toBeInstanceOf(IngestError)
        return (error as IngestError).message
      }
      throw new Error('accepted')
    }
    expect(refusal(() => articleFromFile(new Uint8Array(), 'empty.txt'))).toBe(
      'empty.txt: the file is empty; an article needs text',
    )
    expect(refusal(() => articleFromFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt'))).toMatch(
      /^latin1\.txt: the text is not valid UTF-8/,
    )
    expect(refusal(() => articleFromFile(new Uint8Array(5_000_001).fill(0x20), 'big.html'))).toBe(
      'big.html: the file is larger than 5 MB; a saved page can be at most 5 MB.',
    )
    expect(
      refusal(() => articleFromFile(utf8('<html><body><nav>Home</nav></body></html>'), 'nav.html')),
    ).toMatch(/^No article text could be found/)
    // Text over the 1 MB every article meets, once extracted from a page.
    const long = utf8(
      `<html><body><article>${`<p>${'word '.repeat(200)}</p>`.repeat(1100)}</article></body></html>`,
    )
    expect(refusal(() => articleFromFile(long, 'long.html'))).toMatch(
      /^long\.html: the text is 1,\d{3},\d{3} bytes; the limit is 1,000,000 bytes \(1 MB\)$/,
    )
  })
})
