import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, gzipBody } from './encoded-body'

describe('acceptsGzip', () => {
  it('takes gzip when a browser names it, with or without a weight', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true)
    expect(acceptsGzip('x-gzip')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
  })

  it('refuses gzip when the client does not take it', () => {
    expect(acceptsGzip(null)).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip; q=0.000, *')).toBe(false)
    expect(acceptsGzip('*;q=0')).toBe(false)
  })
})

describe('gzipBody', () => {
  it('gives back the body, byte for byte, once unzipped, and smaller for a repetitive body', async () => {
    const body = JSON.stringify({
      rows: Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, text: 'Kabul “quoted” ✓' })),
    })
    const zipped = await gzipBody(body)
    expect(gunzipSync(zipped).toString('utf8')).toBe(body)
    expect(zipped.length).toBeLessThan(Buffer.byteLength(body) / 5)
  })
})
