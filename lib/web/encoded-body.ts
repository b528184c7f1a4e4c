import { gzip } from 'node:zlib'

/**
 * Whether a request's Accept-Encoding takes gzip: named (or "*") without q=0. Read by the
 * one rule of RFC 9110 §12.5.3, so that a client which refuses gzip gets the plain body.
 */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false
  let named: boolean | null = null
  let star = false
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    const takes = Number.isFinite(weight) && weight > 0
    if (coding === 'gzip' || coding === 'x-gzip') named = takes
    else if (coding === '*') star = takes
  }
  return named ?? star
}

/**
 * A large body gzipped once, off the event loop (zlib's thread pool): compressing tens of
 * megabytes on each request would hold the server's answers to every other request, the
 * story's small first-page requests among them, for as long as it takes.
 */
export function gzipBody(body: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) =>
    // Copied once into bytes of its own, which a Response takes as its body.
    gzip(body, (error, zipped) => (error ? reject(error) : resolve(new Uint8Array(zipped)))),
  )
}
