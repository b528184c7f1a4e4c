import { describe, expect, it, vi } from 'vitest'
import { startFixtureWeb } from '../../e2e/web-fixtures/server'
import { startFixtureTls } from '../../e2e/web-fixtures/tls-server'
import { MAX_BYTES, MAX_REDIRECTS, TIMEOUT_MS, fetchPage, type FetchOptions } from './fetch'
import type { Resolver } from './guard'
import { LOOPBACK, refusal, serveFixtureWeb } from './testing'

const web = serveFixtureWeb()

const get = (path: string, options: FetchOptions = {}) =>
  fetchPage(`${web.origin}${path}`, { allow: LOOPBACK, ...options })

const ARTICLE = '/2024/03/04/traders-count-losses-as-torkham-reopens/'

describe('fetchPage: a page as fetched', () => {
  it('returns the bytes, the decoded text, where it came from and when', async () => {
    const before = Date.now()
    const page = await get(ARTICLE)
    expect(page.url).toBe(`${web.origin}${ARTICLE}`)
    expect(page.finalUrl).toBe(page.url)
    expect(page.redirects).toEqual([])
    expect(page.address).toBe('127.0.0.1')
    expect(page.status).toBe(200)
    expect(page.mediaType).toBe('text/html')
    expect(page.kind).toBe('html')
    expect(page.charset).toBe('utf-8')
    expect(page.text).toContain(
      '<h1 class="entry-title">Traders count losses as Torkham reopens after nine days</h1>',
    )
    expect(new TextDecoder().decode(page.bytes)).toBe(page.text)
    expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(page.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('drops the fragment, and unpacks a gzipped page', async () => {
    const page = await get('/compressed/gzip.html#comments')
    expect(page.url).toBe(`${web.origin}/compressed/gzip.html`)
    expect(page.text).toContain('Haji Gul Rahman')
  })

  it('takes plain text, and an HTML page whose server sent no type', async () => {
    const text = await get('/text/governor-urges-calm.txt')
    expect(text.kind).toBe('text')
    expect(text.text.split('\n')[0]).toBe('Governor urges calm after clashes in Kurram')
    const unlabelled = await get('/files/unlabelled')
    expect(unlabelled.mediaType).toBeNull()
    expect(unlabelled.kind).toBe('html')
  })
})

describe('fetchPage: reading the charset', () => {
  it('reads a <meta http-equiv> charset; "iso-8859-1" is read as windows-1252, curly quotes and all', async () => {
    const page = await get('/legacy/latin1.html')
    expect(page.charset).toBe('windows-1252')
    expect(page.text).toContain('<title>Café owners protest in Quetta</title>')
    expect(page.text).toContain('“We cannot pay these bills,” said the owner of a café')
  })

  it('lets the header’s charset win over the page’s own', async () => {
    const page = await get('/legacy/header-wins.html')
    expect(page.charset).toBe('windows-1252')
    expect(page.text).toContain('Café owners')
  })

  it('lets a byte order mark win over the header, and drops it', async () => {
    const page = await get('/legacy/bom.html')
    expect(page.charset).toBe('utf-8')
    expect(page.text.startsWith('<!doctype html>')).toBe(true)
    expect(page.text).toContain('<html ⚡ lang="en">')
    expect(page.text).toContain('“People with families')
  })
})

describe('fetchPage: redirects', () => {
  it('follows up to 5 redirects, and lists each', async () => {
    expect(MAX_REDIRECTS).toBe(5)
    const page = await get('/redirect/chain/5')
    expect(page.redirects).toHaveLength(5)
    expect(page.redirects.at(-1)).toBe(`${web.origin}${ARTICLE}`)
    expect(page.finalUrl).toBe(`${web.origin}${ARTICLE}`)
    expect(page.url).toBe(`${web.origin}/redirect/chain/5`)
  })

  it('refuses a sixth redirect', async () => {
    const error = await refusal(get('/redirect/chain/6'))
    expect(error.problem).toBe('redirects')
    expect(error.message).toBe(
      'The site redirected more than 5 times without reaching a page; the reader follows at most 5.',
    )
  })

  it('refuses a loop, a redirect to nowhere, and a redirect away from the web', async () => {
    const loop = await refusal(get('/redirect/loop/a'))
    expect(loop.message).toBe(
      `The site redirects in a loop (back to “${web.origin}/redirect/loop/a”) and never reaches a page.`,
    )
    expect((await refusal(get('/redirect/nowhere'))).message).toBe(
      'The site redirected but did not say where to.',
    )
    expect((await refusal(get('/redirect/malformed'))).message).toBe(
      'The site redirected to something that is not a web address (“http://[not-an-address/”).',
    )
    const ftp = await refusal(get('/redirect/ftp'))
    expect(ftp.problem).toBe('address')
    expect(ftp.message).toBe(
      'The address the site redirected to starts with “ftp:”; only web pages (http:// or https://) can be fetched.',
    )
  })
})

describe('fetchPage: the address check after every redirect', () => {
  it('refuses redirects to private, metadata, hex-spelled and IPv4-mapped addresses, without connecting', async () => {
    const cases: [string, RegExp][] = [
      [
        '/redirect/private',
        /^The site redirected to “http:\/\/10\.0\.0\.1\/admin”; that is 10\.0\.0\.1, which is an address on a private network/,
      ],
      ['/redirect/metadata', /that is 169\.254\.169\.254, which is the cloud metadata service/],
      ['/redirect/hex-private', /that is 192\.168\.1\.1, which is an address on a private network/],
      ['/redirect/mapped-private', /that is ::ffff:c0a8:a, which is an address on a private network/],
    ]
    for (const [path, message] of cases) {
      const error = await refusal(get(path))
      expect(error.problem).toBe('blocked')
      expect(error.message).toMatch(message)
      expect(error.message).toMatch(/Only pages on the public internet are fetched\.$/)
    }
  })

  it('looks a redirect’s host name up, and refuses a name that leads to a private address', async () => {
    const resolve: Resolver = async (host) =>
      host === 'intranet.example' ? [{ address: '10.20.30.40', family: 4 }] : []
    const error = await refusal(get('/redirect/named-private', { resolve }))
    expect(error.message).toBe(
      'The site redirected to “http://intranet.example/wiki”, and “intranet.example” leads to 10.20.30.40, which is an address on a private network, not the public internet. Only pages on the public internet are fetched.',
    )
  })

  it('connects to the address it checked: a name that answers differently the second time is not asked again', async () => {
    let asked = 0
    // First answer loopback (allowed here), then a private address, as a rebinding attack would.
    const resolve: Resolver = async () =>
      asked++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.8', family: 4 }]
    const seen = web.requests.length
    const page = await fetchPage(`http://news.example:${web.port}${ARTICLE}`, { allow: LOOPBACK, resolve })
    expect(asked).toBe(1)
    expect(page.address).toBe('127.0.0.1')
    // The request reached the fixture under the name, so TLS and virtual hosts still work.
    expect(web.requests.slice(seen)).toEqual([{ path: ARTICLE, host: `news.example:${web.port}` }])
  })

  it('keeps speaking TLS to the name: the handshake asks for it, and an untrusted certificate is refused in words', async () => {
    const secure = await startFixtureTls()
    try {
      const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }]
      const error = await refusal(
        fetchPage(`https://news.example:${secure.port}/`, { allow: LOOPBACK, resolve }),
      )
      expect(secure.serverNames).toEqual(['news.example'])
      expect(error.problem).toBe('network')
      expect(error.message).toBe(
        'The site’s security certificate could not be trusted, so the page was not fetched.',
      )
    } finally {
      await secure.close()
    }
  })

  it('looks the name up again at each redirect, and refuses when it now leads somewhere private', async () => {
    let asked = 0
    const resolve: Resolver = async () =>
      asked++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.8', family: 4 }]
    const error = await refusal(
      fetchPage(`http://news.example:${web.port}/redirect/to-article`, { allow: LOOPBACK, resolve }),
    )
    expect(asked).toBe(2)
    expect(error.message).toMatch(
      /^The site redirected to “http:\/\/news\.example:\d+\/2024\/03\/04\/traders-count-losses-as-torkham-reopens\/”, and “news\.example” leads to 10\.0\.0\.8/,
    )
  })

  it('refuses a name when any one of its addresses is private', async () => {
    const resolve: Resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: 'fd12:3456::1', family: 6 },
    ]
    const error = await refusal(fetchPage('https://mixed.example/', { resolve }))
    expect(error.message).toBe(
      '“mixed.example” leads to fd12:3456::1, which is an address on a private network, not the public internet. Only pages on the public internet are fetched.',
    )
  })

  it('says when a name does not exist, or cannot be looked up now', async () => {
    const missing: Resolver = () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))
    const error = await refusal(fetchPage('https://no-such-site.example/a', { resolve: missing }))
    expect(error.problem).toBe('dns')
    expect(error.message).toBe(
      'No site called “no-such-site.example” could be found; check the address for typos.',
    )
    const busy: Resolver = () => Promise.reject(Object.assign(new Error('x'), { code: 'EAI_AGAIN' }))
    expect((await refusal(fetchPage('https://busy.example/', { resolve: busy }))).message).toBe(
      'The name “busy.example” could not be looked up just now; try again in a moment.',
    )
  })
})

describe('fetchPage: loopback in every spelling, refused unless allowed', () => {
  it('refuses decimal, octal, hex, short, IPv6 and IPv4-mapped spellings, and names, before connecting', async () => {
    const port = web.port
    const seen = web.requests.length
    const spellings = [
      `http://2130706433:${port}/`,
      `http://0177.0.0.1:${port}/`,
      `http://0x7f.1:${port}/`,
      `http://127.1:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://[0:0:0:0:0:0:0:1]:${port}/`,
    ]
    for (const url of spellings) {
      const error = await refusal(fetchPage(url, { allow: new Set() }))
      expect(error.problem).toBe('blocked')
      expect(error.message).toMatch(
        /^The address is (127\.0\.0\.1|::1|::ffff:7f00:1), which is this server itself \(a loopback address\)\./,
      )
    }
    const localhost: Resolver = async () => [{ address: '127.0.0.1', family: 4 }]
    const named = await refusal(
      fetchPage(`http://localhost:${port}/`, { allow: new Set(), resolve: localhost }),
    )
    expect(named.message).toMatch(/^“localhost” leads to 127\.0\.0\.1, which is this server itself/)
    const zero = await refusal(fetchPage(`http://0:${port}/`, { allow: new Set() }))
    expect(zero.message).toMatch(/^The address is 0\.0\.0\.0, which is the unspecified address/)
    expect(web.requests.length).toBe(seen)
  })

  it('reads FETCH_ALLOW_PRIVATE when no allowance is given', async () => {
    vi.stubEnv('FETCH_ALLOW_PRIVATE', '')
    expect((await refusal(fetchPage(`${web.origin}${ARTICLE}`))).problem).toBe('blocked')
    vi.stubEnv('FETCH_ALLOW_PRIVATE', '1')
    expect((await fetchPage(`${web.origin}${ARTICLE}`)).status).toBe(200)
    vi.stubEnv('FETCH_ALLOW_PRIVATE', 'loopback')
    expect((await fetchPage(`${web.origin}${ARTICLE}`)).status).toBe(200)
    vi.unstubAllEnvs()
  })
})

describe('fetchPage: size, time and type', () => {
  it('refuses more than 5 MB, whether declared, streamed, or packed small', async () => {
    expect(MAX_BYTES).toBe(5_000_000)
    const message = 'The page is larger than 5 MB; the reader fetches at most 5 MB.'
    for (const path of ['/big/declared', '/big/chunked', '/compressed/bomb.html']) {
      const error = await refusal(get(path))
      expect(error.problem).toBe('too-large')
      expect(error.message).toBe(message)
    }
    // A lower limit applies to an ordinary page.
    const small = await refusal(get(ARTICLE, { maxBytes: 2_000 }))
    expect(small.message).toBe('The page is larger than 2 kB; the reader fetches at most 2 kB.')
  })

  it('stops a body that never ends, at the time limit', async () => {
    const started = Date.now()
    const error = await refusal(get('/slow/endless', { timeoutMs: 1_200 }))
    expect(error.problem).toBe('timeout')
    expect(error.message).toBe(
      'The site took longer than 1.2 seconds to send the page; the reader stopped waiting.',
    )
    expect(Date.now() - started).toBeLessThan(6_000)
    const silent = await refusal(get('/slow/no-answer', { timeoutMs: 1_000 }))
    expect(silent.message).toBe(
      'The site took longer than 1 second to send the page; the reader stopped waiting.',
    )
  })

  it('gives up on a slow page after 15 seconds by default', { timeout: 40_000 }, async () => {
    expect(TIMEOUT_MS).toBe(15_000)
    const started = Date.now()
    const error = await refusal(get('/slow/endless'))
    const took = Date.now() - started
    expect(error.message).toBe(
      'The site took longer than 15 seconds to send the page; the reader stopped waiting.',
    )
    expect(took).toBeGreaterThanOrEqual(14_900)
    expect(took).toBeLessThan(25_000)
  })

  it('refuses what is not a web page or plain text, naming what it is', async () => {
    const cases: [string, string][] = [
      [
        '/files/report.pdf',
        'This address gives a PDF document, not a web page; only web pages and plain text can be added.',
      ],
      [
        '/files/data.json',
        'This address gives JSON data, not a web page; only web pages and plain text can be added.',
      ],
      [
        '/feeds/region.atom',
        'This address gives a news feed, not a web page; only web pages and plain text can be added.',
      ],
    ]
    for (const [path, message] of cases) {
      const error = await refusal(get(path))
      expect(error.problem).toBe('type')
      expect(error.message).toBe(message)
    }
  })

  it('says what the site’s error status means', async () => {
    const cases: [number, string][] = [
      [404, 'The site says there is no page at this address.'],
      [410, 'The site says this page has been removed.'],
      [
        403,
        'The site says it will not give this page to the reader (it may need a sign-in, or turn away automated readers).',
      ],
      [500, 'The site says it had a problem of its own and sent no page; try again later.'],
    ]
    for (const [status, message] of cases) {
      const error = await refusal(get(`/status/${status}`))
      expect(error.problem).toBe('http')
      expect(error.status).toBe(status)
      expect(error.message).toBe(message)
    }
  })

  it('says when nothing listens, and passes the caller’s own cancellation through', async () => {
    const closed = await startFixtureWeb()
    const origin = closed.origin
    await closed.close()
    const error = await refusal(fetchPage(origin, { allow: LOOPBACK }))
    expect(error.problem).toBe('network')
    expect(error.message).toBe('The site did not accept a connection.')
    const controller = new AbortController()
    const pending = get('/slow/endless', { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('the editor left')), 200)
    await expect(pending).rejects.toThrow('the editor left')
  })
})
