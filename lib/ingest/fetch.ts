import type { IncomingMessage } from 'node:http'
import { allowedKinds, type AllowedKinds } from './address'
import { decodeDocument } from './decode'
import { IngestError } from './errors'
import { abortable, checkedAddress, systemResolver, type Resolver } from './guard'
import { feedKind, mediaTypeOf, pageKind, refusedUnread, typeWords, type DocumentKind } from './media-type'
import { discard, openResponse, readBody } from './request'
import { checkWebAddress, clip, readWebAddress } from './web-address'

/**
 * Fetching one page or feed by its address, within limits an editor cannot lift: http(s)
 * only, public addresses only (checked after the lookup and after every redirect, and
 * connected to as checked), at most 5 redirects, 5 MB and 15 seconds in all.
 */

export const MAX_REDIRECTS = 5
export const MAX_BYTES = 5_000_000
export const TIMEOUT_MS = 15_000

export interface FetchOptions {
  /** Non-public address kinds allowed; default from FETCH_ALLOW_PRIVATE (none when unset). */
  allow?: AllowedKinds
  /** How host names are looked up; default the system's resolver. */
  resolve?: Resolver
  maxBytes?: number
  timeoutMs?: number
  maxRedirects?: number
  /** Cancels the fetch (e.g. when the request that asked for it goes away). */
  signal?: AbortSignal
}

export interface FetchedDocument {
  /** The address asked for, normalised (no fragment). */
  url: string
  /** Where the document came from after redirects. */
  finalUrl: string
  /** Each redirect's target, in order; empty when there was none. */
  redirects: string[]
  /** The IP address the final response came from. */
  address: string
  status: number
  /** The Content-Type's media type, or null when the site sent none. */
  mediaType: string | null
  kind: DocumentKind
  /** The encoding the bytes were read in, and where that came from. */
  charset: string
  /** The body as received (unpacked), and decoded. */
  bytes: Uint8Array
  text: string
  /** When the body finished arriving, ISO 8601 in UTC. */
  fetchedAt: string
}

const ACCEPT = {
  page: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
  feed: 'application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1',
}
const REDIRECTS = new Set([301, 302, 303, 307, 308])

function statusError(status: number, what: string, url: string): IngestError {
  const says =
    status === 404
      ? `there is no ${what} at this address`
      : status === 410
        ? `this ${what} has been removed`
        : status === 401 || status === 403
          ? `it will not give this ${what} to the reader (it may need a sign-in, or turn away automated readers)`
          : status === 429
            ? 'it is getting too many requests; try again later'
            : status >= 500
              ? `it had a problem of its own and sent no ${what}; try again later`
              : `it could not answer the request for this ${what}`
  return new IngestError('http', `The site says ${says}.`, { url, status })
}

function networkError(error: unknown, what: string, url: string): IngestError {
  if (error instanceof IngestError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  const says =
    code === 'ECONNREFUSED'
      ? 'The site did not accept a connection.'
      : code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED'
        ? `The connection was cut off before the ${what} arrived.`
        : code === 'EHOSTUNREACH' || code === 'ENETUNREACH'
          ? 'The site cannot be reached from this server.'
          : /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)
            ? `The site’s security certificate could not be trusted, so the ${what} was not fetched.`
            : code === 'HPE_HEADER_OVERFLOW' || code.startsWith('HPE_')
              ? 'The site answered with something that is not a proper web response.'
              : `The ${what} could not be fetched: the connection failed.`
  return new IngestError('network', says, { url, cause: error })
}

/** Follow redirects to the response that is not one; every hop's address is checked. */
async function follow(
  start: URL,
  want: 'page' | 'feed',
  limits: { allow: AllowedKinds; resolve: Resolver; maxRedirects: number; signal: AbortSignal },
): Promise<{ response: IncomingMessage; url: URL; address: string; redirects: string[] }> {
  const redirects: string[] = []
  const seen = new Set([start.href])
  let url = start
  let via: string | undefined
  for (;;) {
    const pinned = await checkedAddress(url, { ...limits, via })
    let response: IncomingMessage
    try {
      response = await openResponse(url, pinned, { accept: ACCEPT[want], signal: limits.signal })
    } catch (error) {
      if (limits.signal.aborted) throw limits.signal.reason
      throw networkError(error, want, url.href)
    }
    const status = response.statusCode ?? 0
    if (!REDIRECTS.has(status)) return { response, url, address: pinned.address, redirects }
    discard(response)
    const location = response.headers.location
    if (!location)
      throw new IngestError('redirects', 'The site redirected but did not say where to.', { url: url.href })
    let target: string
    try {
      target = new URL(location, url).href
    } catch {
      throw new IngestError(
        'redirects',
        `The site redirected to something that is not a web address (“${clip(location)}”).`,
        { url: url.href },
      )
    }
    via = `The site redirected to “${clip(target)}”`
    const next = checkWebAddress(target, 'The address the site redirected to')
    if (seen.has(next.href)) {
      throw new IngestError(
        'redirects',
        `The site redirects in a loop (back to “${clip(next.href)}”) and never reaches a ${want}.`,
        { url: url.href },
      )
    }
    if (redirects.length >= limits.maxRedirects) {
      throw new IngestError(
        'redirects',
        `The site redirected more than ${limits.maxRedirects} times without reaching a ${want}; the reader follows at most ${limits.maxRedirects}.`,
        { url: url.href },
      )
    }
    redirects.push(next.href)
    seen.add(next.href)
    url = next
  }
}

function timedOut(timeoutMs: number, want: string): IngestError {
  const seconds = Math.round(timeoutMs / 100) / 10
  return new IngestError(
    'timeout',
    `The site took longer than ${seconds} second${seconds === 1 ? '' : 's'} to send the ${want}; the reader stopped waiting.`,
  )
}

async function fetchDocument(
  input: string | URL,
  want: 'page' | 'feed',
  options: FetchOptions,
): Promise<FetchedDocument> {
  const start =
    typeof input === 'string' ? readWebAddress(input) : checkWebAddress(input.href, 'That address')
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS
  const maxBytes = options.maxBytes ?? MAX_BYTES
  const deadline = AbortSignal.timeout(timeoutMs)
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline
  const limits = {
    allow: options.allow ?? allowedKinds(),
    resolve: options.resolve ?? systemResolver,
    maxRedirects: options.maxRedirects ?? MAX_REDIRECTS,
    signal,
  }
  try {
    const { response, url, address, redirects } = await abortable(follow(start, want, limits), signal)
    const status = response.statusCode ?? 0
    if (status < 200 || status > 299) {
      discard(response)
      throw statusError(status, want, url.href)
    }
    const contentType = response.headers['content-type'] ?? null
    const mediaType = mediaTypeOf(contentType)
    const refuse = () =>
      new IngestError(
        'type',
        want === 'page'
          ? `This address gives ${typeWords(mediaType)}, not a web page; only web pages and plain text can be added.`
          : `This address gives ${typeWords(mediaType)}, not an RSS or Atom feed.`,
        { url: url.href },
      )
    if (refusedUnread(mediaType, want)) {
      discard(response)
      throw refuse()
    }
    const bytes = await readBody(response, { maxBytes, signal, what: want })
    const kind = want === 'page' ? pageKind(mediaType, bytes) : feedKind(mediaType, bytes)
    if (!kind) throw refuse()
    const { text, charset } = decodeDocument(bytes, kind, contentType)
    return {
      url: start.href,
      finalUrl: url.href,
      redirects,
      address,
      status,
      mediaType,
      kind,
      charset,
      bytes,
      text,
      fetchedAt: new Date().toISOString(),
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    if (deadline.aborted) throw timedOut(timeoutMs, want)
    throw networkError(error, want, start.href)
  }
}

/** Fetch an article's page: HTML or plain text. Throws IngestError with the reason in words. */
export function fetchPage(address: string | URL, options: FetchOptions = {}): Promise<FetchedDocument> {
  return fetchDocument(address, 'page', options)
}

/**
 * Fetch a feed: XML, or an HTML page (kind 'html') so that the caller can name the feeds
 * the page links to. Throws IngestError.
 */
export function fetchFeedDocument(
  address: string | URL,
  options: FetchOptions = {},
): Promise<FetchedDocument> {
  return fetchDocument(address, 'feed', options)
}
