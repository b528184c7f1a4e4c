import { readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'
import { BROKEN_FEED, HUGE_FEED_HEAD, LAUGHS_FEED, XXE_FEED, atomFeed, hugeFeedItem, rssFeed } from './feeds'

/**
 * A web of fixture pages on the loopback interface, for the fetch, extraction and feed
 * tests (vitest imports it) and for e2e (scripts/fixture-web.ts serves it on a port).
 * Pages are shaped like real ones; other paths misbehave on purpose: redirect chains and
 * loops, redirects to private addresses, endless and oversized bodies, wrong types.
 * It binds 127.0.0.1 only; the app reaches it only with loopback allowed (tests only).
 */

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages')
const page = (name: string) => readFileSync(path.join(PAGES, name), 'utf8')

export interface FixtureWeb {
  /** "http://127.0.0.1:PORT" */
  origin: string
  port: number
  /** Every request received, in order: path and Host header. */
  requests: { path: string; host: string | undefined }[]
  /** Which version of /feeds/world.rss is served (also settable over HTTP: /_fixture/feed-version/2). */
  setFeedVersion(version: 1 | 2): void
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse, origin: string, rest: string) => void

function send(res: ServerResponse, type: string, body: string | Buffer, status = 200, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

const html =
  (name: string): Handler =>
  (_req, res, origin) =>
    send(res, 'text/html; charset=utf-8', page(name).replaceAll('{{origin}}', origin))
const redirect =
  (to: (origin: string, rest: string) => string, status = 302): Handler =>
  (_req, res, origin, rest) => {
    res.writeHead(status, { location: to(origin, rest), 'content-length': 0 })
    res.end()
  }

/** Streams `chunk` every `everyMs` until the client goes away (or `limit` bytes are sent). */
function stream(res: ServerResponse, chunk: (n: number) => string, everyMs: number, limit = Infinity) {
  let n = 0
  let sent = 0
  const tick = () => {
    if (res.destroyed || sent >= limit) return res.end()
    const text = chunk(n++)
    sent += Buffer.byteLength(text)
    // Respect back-pressure: wait for the client to drain before the next chunk.
    if (res.write(text)) {
      if (everyMs > 0) setTimeout(tick, everyMs)
      else setImmediate(tick)
    } else res.once('drain', tick)
  }
  res.on('close', () => (sent = limit))
  tick()
}

const LATIN1_BODY = (charsetMeta: string) =>
  Buffer.concat([
    Buffer.from(`<!DOCTYPE html><html><head><meta ${charsetMeta}><title>Caf`, 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from(' owners protest in Quetta</title></head><body><article><h1>Caf', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from(' owners protest in Quetta</h1><p>', 'latin1'),
    // Curly quotes are 0x93 and 0x94 in windows-1252 (what "iso-8859-1" means on the web).
    Buffer.from([0x93]),
    Buffer.from('We cannot pay these bills,', 'latin1'),
    Buffer.from([0x94]),
    Buffer.from(' said the owner of a caf', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from(
      ' on Jinnah Road. Shopkeepers closed their doors for the day in protest at the new tax, and traders said they would march on the assembly next week if it was not withdrawn.</p></article></body></html>',
      'latin1',
    ),
  ])

const ROUTES: Record<string, Handler> = {
  '/2024/03/04/traders-count-losses-as-torkham-reopens/': html('wordpress-article.html'),
  '/news/world-asia-68512345': html('json-ld-news.html'),
  '/amp/news/border-reopens-to-pedestrians': html('amp-article.html'),
  '/2024/02/29/markets/analysts-weigh-ceasefire.html': html('cluttered-article.html'),
  '/world': html('feed-page.html'),
  // A page its publisher edits after it was first read: each server's first answer is as
  // published, every later one carries a changed and an added sentence.
  '/edited/trade-talks': (() => {
    const served = new Map<string, number>()
    return (_req, res, origin) => {
      const count = served.get(origin) ?? 0
      served.set(origin, count + 1)
      const edit =
        count === 0
          ? 'He said the talks had been useful.'
          : 'He said the talks had been difficult. A second round is planned for May.'
      send(
        res,
        'text/html; charset=utf-8',
        page('edited-article.html').replaceAll('{{origin}}', origin).replace('{{edit}}', edit),
      )
    }
  })(),
  '/text/governor-urges-calm.txt': (_req, res) =>
    send(res, 'text/plain; charset=utf-8', page('plain-article.txt')),
  '/legacy/latin1.html': (_req, res) =>
    send(res, 'text/html', LATIN1_BODY('http-equiv="Content-Type" content="text/html; charset=iso-8859-1"')),
  '/legacy/header-wins.html': (_req, res) =>
    send(res, 'text/html; charset=windows-1252', LATIN1_BODY('charset="utf-8"')),
  '/legacy/bom.html': (_req, res) =>
    send(
      res,
      'text/html; charset=iso-8859-1',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('amp-article.html'))]),
    ),
  '/compressed/gzip.html': (_req, res, origin) =>
    send(
      res,
      'text/html; charset=utf-8',
      zlib.gzipSync(page('wordpress-article.html').replaceAll('{{origin}}', origin)),
      200,
      {
        'content-encoding': 'gzip',
      },
    ),
  // 6 MB of spaces packs into a few kilobytes.
  '/compressed/bomb.html': (_req, res) =>
    send(res, 'text/html', zlib.gzipSync(`<html><body>${' '.repeat(6_000_000)}</body></html>`), 200, {
      'content-encoding': 'gzip',
    }),
  '/redirect/to-article': redirect((o) => `${o}/2024/03/04/traders-count-losses-as-torkham-reopens/`, 301),
  '/redirect/chain/': redirect((o, rest) =>
    Number(rest) > 1
      ? `${o}/redirect/chain/${Number(rest) - 1}`
      : `${o}/2024/03/04/traders-count-losses-as-torkham-reopens/`,
  ),
  '/redirect/loop/': redirect((o, rest) => `${o}/redirect/loop/${rest === 'a' ? 'b' : 'a'}`),
  '/redirect/private': redirect(() => 'http://10.0.0.1/admin'),
  '/redirect/metadata': redirect(() => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
  '/redirect/hex-private': redirect(() => 'http://0xc0.0xa8.1.1/'),
  '/redirect/mapped-private': redirect(() => 'http://[::ffff:192.168.0.10]/'),
  '/redirect/named-private': redirect(() => 'http://intranet.example/wiki'),
  '/redirect/ftp': redirect(() => 'ftp://files.example.org/report.txt'),
  '/redirect/malformed': redirect(() => 'http://[not-an-address/'),
  '/redirect/nowhere': (_req, res) => {
    res.writeHead(302, { 'content-length': 0 })
    res.end()
  },
  '/slow/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    stream(res, (n) => `<p>Still going, part ${n}.</p>\n`, 100)
  },
  '/slow/no-answer': () => {},
  '/big/declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50_000_000 })
    stream(res, () => 'x'.repeat(65_536), 0, 50_000_000)
  },
  '/big/chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    stream(res, () => `<p>${'y'.repeat(65_536)}</p>`, 0, 50_000_000)
  },
  '/files/report.pdf': (_req, res) => send(res, 'application/pdf', '%PDF-1.7\n%âãÏÓ\n'),
  '/files/data.json': (_req, res) => send(res, 'application/json', '{"a":1}'),
  '/files/unlabelled': (_req, res, origin) => {
    const body = page('amp-article.html').replaceAll('{{origin}}', origin)
    res.writeHead(200, { 'content-length': Buffer.byteLength(body) })
    res.end(body)
  },
  '/status/': (_req, res, _origin, rest) => send(res, 'text/html', `<h1>${rest}</h1>`, Number(rest)),
  '/feeds/region.atom': (_req, res, origin) =>
    send(res, 'application/atom+xml; charset=utf-8', atomFeed(origin)),
  '/feeds/mislabelled.rss': (_req, res, origin) => send(res, 'text/html', rssFeed(1, origin)),
  '/feeds/broken.xml': (_req, res) => send(res, 'application/rss+xml', BROKEN_FEED),
  '/feeds/xxe.xml': (_req, res) => send(res, 'application/rss+xml', XXE_FEED),
  '/feeds/laughs.xml': (_req, res) => send(res, 'application/rss+xml', LAUGHS_FEED),
  '/feeds/empty.xml': (_req, res) =>
    send(
      res,
      'application/rss+xml',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>',
    ),
  '/feeds/huge.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    // About 64 kB a chunk: 64 items of filler.
    const batch = (n: number) => Array.from({ length: 64 }, (_, k) => hugeFeedItem(n * 64 + k)).join('')
    stream(res, (n) => (n === 0 ? HUGE_FEED_HEAD : batch(n)), 0, 50_000_000)
  },
  '/feeds/loop': redirect((o) => `${o}/feeds/loop-back`),
  '/feeds/loop-back': redirect((o) => `${o}/feeds/loop`),
  '/feeds/to-private': redirect(() => 'http://192.168.1.1/feed.xml'),
}

/** The route for a path: an exact one, or the longest prefix ending in "/" (its rest is the parameter). */
function route(pathname: string): [Handler, string] | null {
  if (ROUTES[pathname]) return [ROUTES[pathname], '']
  const prefix = Object.keys(ROUTES)
    .filter((p) => p.endsWith('/') && pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0]
  return prefix ? [ROUTES[prefix]!, pathname.slice(prefix.length)] : null
}

export async function startFixtureWeb(port = 0): Promise<FixtureWeb> {
  let feedVersion: 1 | 2 = 1
  const requests: FixtureWeb['requests'] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture')
    requests.push({ path: url.pathname + url.search, host: req.headers.host })
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`
    const version = /^\/_fixture\/feed-version\/([12])$/.exec(url.pathname)
    if (version) {
      feedVersion = Number(version[1]) as 1 | 2
      return send(res, 'text/plain', `feed version ${feedVersion}\n`)
    }
    if (url.pathname === '/feeds/world.rss') {
      return send(res, 'application/rss+xml; charset=utf-8', rssFeed(feedVersion, origin))
    }
    const found = route(url.pathname)
    if (!found) return send(res, 'text/html', '<h1>Not found</h1>', 404)
    found[0](req, res, origin, found[1])
  })
  // Requests left hanging on purpose (/slow/no-answer) must not keep close() waiting.
  const sockets = new Set<import('node:net').Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actual = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    setFeedVersion: (version) => (feedVersion = version),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
