import { lookup } from 'node:dns/promises'
import { KIND_WORDS, addressKind, isIpAddress, type AllowedKinds } from './address'
import { IngestError } from './errors'
import { bareHost } from './web-address'

/**
 * The address check before each connection: the host's name is looked up once, every
 * address it gives is checked, and the connection is then made to the checked address
 * (see `pinnedLookup`), so a name that answers differently a second time changes nothing.
 */

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** Looks a host name up; injectable so tests can answer for names they do not own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true })
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

const ONLY_PUBLIC = 'Only pages on the public internet are fetched.'

function refuse(how: string, address: string, kind: NonNullable<ReturnType<typeof addressKind>>): never {
  throw new IngestError('blocked', `${how} ${address}, which is ${KIND_WORDS[kind]}. ${ONLY_PUBLIC}`)
}

function dnsError(error: unknown, host: string): IngestError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EAI_AGAIN' || code === 'ETIMEOUT' || code === 'ESERVFAIL') {
    return new IngestError(
      'dns',
      `The name “${host}” could not be looked up just now; try again in a moment.`,
    )
  }
  return new IngestError('dns', `No site called “${host}” could be found; check the address for typos.`)
}

/**
 * Look the URL's host up (unless it is an IP address) and check every address. `via`
 * starts the message when the URL came from a redirect. Returns the address to connect to.
 */
export async function checkedAddress(
  url: URL,
  options: { resolve: Resolver; allow: AllowedKinds; via?: string; signal?: AbortSignal },
): Promise<ResolvedAddress> {
  const host = bareHost(url)
  const { via } = options
  if (isIpAddress(host)) {
    const kind = addressKind(host)
    if (kind && !options.allow.has(kind)) refuse(via ? `${via}; that is` : 'The address is', host, kind)
    return { address: host, family: host.includes(':') ? 6 : 4 }
  }
  let found: ResolvedAddress[]
  try {
    found = await abortable(options.resolve(host), options.signal)
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw dnsError(error, host)
  }
  if (found.length === 0) throw dnsError(null, host)
  // One bad address refuses the name: a site that also answers with a private address is
  // either misconfigured or trying to be let in.
  for (const { address } of found) {
    const kind = addressKind(address)
    if (kind && !options.allow.has(kind))
      refuse(`${via ? `${via}, and ` : ''}“${host}” leads to`, address, kind)
  }
  return found[0]!
}

/** Settles with the promise, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    )
  })
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | ResolvedAddress[],
  family?: number,
) => void

/**
 * A `lookup` for http(s).request that answers with the checked address and nothing else:
 * the socket connects there, while TLS still checks the certificate against the name.
 */
export function pinnedLookup({ address, family }: ResolvedAddress) {
  return (_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
}
