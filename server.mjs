// `npm start`: the production build, served by Next.js behind a small front of our own.
// Route handlers cannot see the socket, and Next.js passes on an X-Forwarded-For a client
// sends, so a sign-in limit per address would count whatever address a client names.
// Here, before Next.js sees a request:
// - X-Forwarded-For becomes the one address the request came from: the socket's, or, from
//   the proxy named by TRUSTED_PROXY, the entry that proxy appended;
// - every response gets the security headers first, so an error answered early carries them;
// - TRACE, TRACK and CONNECT get 405, an address with a broken %-escape 400, and what
//   Node's parser refuses 400 (or 431), all with those headers.
// Usage as `next start`: node server.mjs [dir] [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]
import { createServer, STATUS_CODES } from 'node:http'
import path from 'node:path'
import { clientAddress, trustedProxies } from './lib/web/client-address.mjs'
import { FALLBACK_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './lib/web/response-headers.mjs'

const USAGE = 'usage: node server.mjs [dir] [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]'

function fail(message) {
  console.error(message)
  process.exit(2)
}

function options(args) {
  const parsed = {
    dir: '.',
    port: Number(process.env.PORT || 3000),
    hostname: undefined,
    keepAlive: undefined,
  }
  const number = (name, value) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0) fail(`${name} must be a whole number, not "${value ?? ''}".\n${USAGE}`)
    return n
  }
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]]
    const value = () => inline ?? args[++i]
    if (flag === '-p' || flag === '--port') parsed.port = number('The port', value())
    else if (flag === '-H' || flag === '--hostname') parsed.hostname = value()
    else if (flag === '--keepAliveTimeout') parsed.keepAlive = number('--keepAliveTimeout', value())
    else if (flag === '-h' || flag === '--help') {
      console.log(USAGE)
      process.exit(0)
    } else if (!flag.startsWith('-')) parsed.dir = flag
    else fail(`Unknown option ${flag}.\n${USAGE}`)
  }
  return parsed
}

const { dir, port, hostname, keepAlive } = options(process.argv.slice(2))
const trusted = trustedProxies(process.env.TRUSTED_PROXY)
if (trusted.invalid.length > 0)
  fail(
    `TRUSTED_PROXY must name the proxy's IP address(es); these are not addresses: ${trusted.invalid.join(', ')}.`,
  )

// As `next start` sets them, before Next.js loads.
process.env.NODE_ENV ||= 'production'
process.env.NEXT_RUNTIME = 'nodejs'
const { default: next } = await import('next')

const METHODS_REFUSED = new Set(['TRACE', 'TRACK', 'CONNECT'])

function refuse(res, status, text, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(`${text}\n`)
}

function brokenEscape(url) {
  try {
    decodeURI(url.split(/[?#]/, 1)[0])
    return false
  } catch {
    return true
  }
}

const app = next({ dev: false, dir: path.resolve(dir), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

let toldOfProxy = false

const server = createServer(async (req, res) => {
  // Behind a proxy not named, every client would count as the proxy's one address: say so once.
  if (!toldOfProxy && trusted.proxies.size === 0 && req.headers['x-forwarded-for']) {
    toldOfProxy = true
    console.warn(
      `A request from ${req.socket.remoteAddress} came with X-Forwarded-For, which is ignored. ` +
        'If the app is behind a proxy, set TRUSTED_PROXY to its address, or every client counts as that one address.',
    )
  }
  req.headers['x-forwarded-for'] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trusted.proxies,
  )
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value)
  res.setHeader('Content-Security-Policy', FALLBACK_CONTENT_SECURITY_POLICY)
  if (METHODS_REFUSED.has(req.method ?? ''))
    return refuse(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' })
  if (brokenEscape(req.url ?? '/')) return refuse(res, 400, 'Bad Request: the address has a broken %-escape.')
  try {
    await handle(req, res)
  } catch (error) {
    console.error(`Failed to answer ${req.method} ${req.url}:`, error)
    if (!res.headersSent) refuse(res, 500, 'Internal Server Error')
    else res.destroy()
  }
})
// What Node's parser refuses before there is a request (a method HTTP does not have, like
// TRACK; headers too large) is answered here, with the headers, not with Node's bare 400.
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy()
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const body = `${STATUS_CODES[status]}\n`
  const headers = [
    ...SECURITY_HEADERS.map(({ key, value }) => `${key}: ${value}`),
    `Content-Security-Policy: ${FALLBACK_CONTENT_SECURITY_POLICY}`,
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ]
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.join('\r\n')}\r\n\r\n${body}`)
})
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive
server.on('error', (error) => {
  console.error(
    `The app cannot start: ${error.code === 'EADDRINUSE' ? `port ${port} is in use.` : error.message}`,
  )
  process.exit(1)
})
server.listen(port, hostname, () => {
  const address = server.address()
  const shown =
    !hostname || hostname === '0.0.0.0' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname
  console.log(`▲ Ready on http://${shown}:${typeof address === 'object' && address ? address.port : port}`)
})

// Exit on a stop signal as `next start` does; 'exit' handlers (the store's lock) then run.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    server.close()
    process.exit(code)
  })
}
