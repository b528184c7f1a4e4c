import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'
import { IngestError, megabytes } from './errors'
import { pinnedLookup, type ResolvedAddress } from './guard'
import { bareHost } from './web-address'

/**
 * One HTTP exchange with a checked address, and reading its body within the size limit.
 * Redirects, content types and messages about them are the caller's (fetch.ts).
 */

const USER_AGENT = 'PerspectiveReader/1.0 (fetches one article or feed at an editor request)'

/** Send a GET to the pinned address; resolves when the response's headers are in. */
export function openResponse(
  url: URL,
  pinned: ResolvedAddress,
  options: { accept: string; signal: AbortSignal },
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        protocol: url.protocol,
        host: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          accept: options.accept,
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en;q=1, *;q=0.5',
          'user-agent': USER_AGENT,
        },
        // The socket goes to the address that was checked, never to a fresh lookup, and
        // is never shared with another request (no keep-alive pool).
        lookup: pinnedLookup(pinned),
        agent: false,
        signal: options.signal,
      },
      resolve,
    )
    request.on('error', reject)
    request.end()
  })
}

/** Stop reading and free the socket: for redirects, refusals and errors. */
export function discard(response: IncomingMessage): void {
  response.destroy()
}

function decompressed(response: IncomingMessage, what: string): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase()
  if (encoding === 'identity' || encoding === '') return response
  const unpack =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : null
  if (!unpack) {
    discard(response)
    throw new IngestError(
      'type',
      `The site sent the ${what} packed in a way the reader cannot unpack (“${encoding}”).`,
    )
  }
  return response.pipe(unpack)
}

/**
 * Read the whole body, unpacked, refusing it as soon as it passes `maxBytes`: the limit
 * counts what the page unpacks to, so a small compressed bomb is refused too.
 */
export async function readBody(
  response: IncomingMessage,
  options: { maxBytes: number; signal: AbortSignal; what: string },
): Promise<Uint8Array> {
  const tooLarge = () =>
    new IngestError(
      'too-large',
      `The ${options.what} is larger than ${megabytes(options.maxBytes)}; the reader fetches at most ${megabytes(options.maxBytes)}.`,
    )
  const declared = Number(response.headers['content-length'])
  const packed = (response.headers['content-encoding'] ?? 'identity') !== 'identity'
  if (!packed && Number.isFinite(declared) && declared > options.maxBytes) {
    discard(response)
    throw tooLarge()
  }
  const stream = decompressed(response, options.what)
  const chunks: Buffer[] = []
  let size = 0
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false
    // Settle first: destroying the streams emits events that would report a second cause.
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      options.signal.removeEventListener('abort', onAbort)
      reject(error)
      stream.destroy()
      discard(response)
    }
    const onAbort = () => fail(options.signal.reason)
    if (options.signal.aborted) return onAbort()
    options.signal.addEventListener('abort', onAbort, { once: true })
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > options.maxBytes) return fail(tooLarge())
      chunks.push(chunk)
    })
    response.on('error', fail)
    if (stream !== response) {
      stream.on('error', () =>
        fail(
          new IngestError(
            'network',
            `The ${options.what} arrived damaged: its packed data could not be unpacked.`,
          ),
        ),
      )
    }
    // 'aborted' fires when the site closes the connection before the body is complete.
    response.on('aborted', () =>
      fail(
        new IngestError(
          'network',
          `The site closed the connection before the whole ${options.what} arrived.`,
        ),
      ),
    )
    stream.on('end', () => {
      if (settled) return
      settled = true
      options.signal.removeEventListener('abort', onAbort)
      resolve(new Uint8Array(Buffer.concat(chunks, size)))
    })
  })
}
