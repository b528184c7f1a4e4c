// First Load JS of a served page: the scripts its HTML references, gzipped (level 9) and
// summed, read from the build folder. Shared by `npm run size` and the benchmark.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export function scriptWeight(html, distDir) {
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]))]
  let raw = 0
  let gzip = 0
  for (const src of sources) {
    const bytes = readFileSync(path.join(distDir, src.replace(/^\/_next\//, '')))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { scripts: sources.length, raw, gzip }
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
