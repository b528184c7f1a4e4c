import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gzipBody } from './encoded-body'

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
