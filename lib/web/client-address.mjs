// Which address a request comes from, decided by the app's server (server.mjs) from the
// socket, never from a header a client can write. Plain JavaScript: the server runs on
// Node as it is, before Next.js and without a compiler.
import { isIP } from 'node:net'

/**
 * An address in one spelling: IPv4 without its IPv6 wrapping ("::ffff:10.0.0.1"), and
 * without the port or brackets some proxies write ("10.0.0.1:5123", "[2001:db8::1]:443").
 */
export function plainAddress(address) {
  let text = String(address ?? '').trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1]
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text)
  if (withPort) text = withPort[1]
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text)
  return (mapped ? mapped[1] : text).toLowerCase()
}

/**
 * TRUSTED_PROXY: the address (or a comma-separated few) of the proxy in front of the app.
 * Entries that are not addresses are reported, so a typo is not silently trusted as none.
 */
export function trustedProxies(value) {
  const entries = String(value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const invalid = entries.filter((entry) => isIP(plainAddress(entry)) === 0)
  return { proxies: new Set(entries.map(plainAddress).filter((entry) => isIP(entry) !== 0)), invalid }
}

/**
 * The client's address. Without a trusted proxy it is the socket's: X-Forwarded-For is
 * whatever a client chose to send. From a trusted proxy, it is the entry that proxy
 * appended: X-Forwarded-For read from the right, past the trusted proxies; entries to the
 * left of it were sent by the client and are not believed.
 */
export function clientAddress(socketAddress, forwardedFor, proxies) {
  const socket = plainAddress(socketAddress)
  if (!proxies.has(socket)) return socket
  const entries = String(forwardedFor ?? '')
    .split(',')
    .map(plainAddress)
    .filter(Boolean)
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]
    if (isIP(entry) === 0) return socket
    if (!proxies.has(entry)) return entry
  }
  return socket
}
