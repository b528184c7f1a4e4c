import { IngestError } from './errors'

/**
 * The rule for an address an editor types to fetch: a web address (http or https), with
 * no user name or password in it. Browser-safe, so a form can check it before sending.
 */

export const MAX_ADDRESS_LENGTH = 2000

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const SLASHLESS = new Set([
  'about',
  'blob',
  'data',
  'file',
  'javascript',
  'mailto',
  'news',
  'sms',
  'tel',
  'urn',
  'vbscript',
])

/**
 * Read what the editor typed as a web address. "www.dawn.com/news/1" gets "https://";
 * anything else with a scheme must be http or https. Throws IngestError('address').
 */
export function readWebAddress(input: string): URL {
  const typed = input.trim()
  if (typed === '') throw new IngestError('address', 'Give the address of the page, starting with https://.')
  if (typed.length > MAX_ADDRESS_LENGTH) {
    throw new IngestError(
      'address',
      `That address is ${typed.length.toLocaleString('en')} characters long; an article’s address has at most ${MAX_ADDRESS_LENGTH.toLocaleString('en')}.`,
    )
  }
  // "example.org:8080/x" would read as the scheme "example.org": a scheme counts when "//"
  // follows it, or when it is one that never has "//" (mailto:, javascript:, data:).
  const scheme = SCHEME.exec(typed)?.[1]?.toLowerCase()
  const hasScheme =
    scheme !== undefined && (typed.slice(scheme.length + 1).startsWith('//') || SLASHLESS.has(scheme))
  return checkWebAddress(hasScheme ? typed : `https://${typed}`, 'That address')
}

/**
 * The same rule for an address the server met on its way: a redirect's target, a feed
 * item's link. `what` names it in the message ("The redirect").
 */
export function checkWebAddress(href: string, what: string): URL {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    throw new IngestError('address', `${what} is not a web address: “${clip(href)}”.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.slice(0, -1)
    throw new IngestError(
      'address',
      `${what} starts with “${scheme}:”; only web pages (http:// or https://) can be fetched.`,
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new IngestError(
      'address',
      `${what} carries a user name or password; give the page’s address without them.`,
    )
  }
  if (url.hostname === '') throw new IngestError('address', `${what} names no site: “${clip(href)}”.`)
  url.hash = ''
  return url
}

/** The host as a connection takes it: IPv6 without its brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1')
}

export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
