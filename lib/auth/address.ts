import { isIP } from 'node:net'
import { plainAddress } from '../web/client-address.mjs'

/**
 * The address a request came from, as limits count it. The app's server (server.mjs)
 * writes X-Forwarded-For with the one address it decided on (the socket's, or what the
 * trusted proxy appended), over whatever a client sent. An IPv6 address counts by its /64:
 * one machine is usually given a whole /64, and could otherwise change address per try.
 * Without an address (a server started some other way), every request counts as one.
 */
export function requestAddress(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map(plainAddress).filter(Boolean)
  const address = entries.at(-1)
  if (!address) return 'unknown'
  const family = isIP(address)
  if (family === 4) return address
  if (family === 6) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`
  return 'unknown'
}

/** The eight groups of an IPv6 address, "::" expanded ("2001:db8::1" → 2001, db8, 0, …, 1). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const part = (text: string) => (text ? text.split(':') : [])
  const left = part(head)
  const right = tail === undefined ? [] : part(tail)
  // An IPv4 ending ("::ffff:1.2.3.4") is two groups.
  const last = right.at(-1) ?? left.at(-1)
  const v4 = last && isIP(last) === 4 ? 1 : 0
  const missing = 8 - left.length - right.length - v4
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    isIP(group) === 4 ? group : (Number.parseInt(group, 16) || 0).toString(16),
  )
}
