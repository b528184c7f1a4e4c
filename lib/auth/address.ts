import ipaddr from 'ipaddr.js'
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
  if (!address || !ipaddr.isValid(address)) return 'unknown'
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  return `${parsed.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`
}
