import { gzip } from 'node:zlib'

/**
 * A large body gzipped once, off the event loop (zlib's thread pool), for a route to keep
 * and send as it is: compressing tens of megabytes on each request (or sending them
 * uncompressed) holds the server's answers to every other request meanwhile.
 */
export function gzipBody(body: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) =>
    // Copied once into bytes of its own, which a Response takes as its body.
    gzip(body, (error, zipped) => (error ? reject(error) : resolve(new Uint8Array(zipped)))),
  )
}
