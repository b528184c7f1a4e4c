import { readFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import tls from 'node:tls'

/**
 * An HTTPS fixture on loopback with a self-signed certificate for "news.example" (made for
 * these tests only; its key guards nothing). It records the server name each client asks
 * for (SNI), so a test can see that a pinned connection still speaks to the name.
 */

const file = (name: string) => readFileSync(new URL(`./tls/${name}`, import.meta.url))

export interface FixtureTls {
  port: number
  /** The names clients asked for in their TLS handshakes, in order. */
  serverNames: string[]
  close(): Promise<void>
}

export async function startFixtureTls(): Promise<FixtureTls> {
  const context = tls.createSecureContext({ key: file('news.example.key'), cert: file('news.example.crt') })
  const serverNames: string[] = []
  const server = https.createServer(
    {
      SNICallback: (name, done) => {
        serverNames.push(name)
        done(null, context)
      },
      key: file('news.example.key'),
      cert: file('news.example.crt'),
    },
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<h1>Secure</h1>')
    },
  )
  // A client that refuses the certificate leaves an error here; it is what the test expects.
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    serverNames,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
