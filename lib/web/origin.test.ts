import { describe, expect, it } from 'vitest'
import { sameOrigin } from './origin'

describe('the same-origin check for writes', () => {
  const request = (headers: Record<string, string>, url = 'http://127.0.0.1:3999/api/x') =>
    new Request(url, { method: 'POST', headers })

  it('accepts only an Origin naming the host the request came to', () => {
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'http://127.0.0.1:3999' }))).toBe(true)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'http://evil.example' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'null' }))).toBe(false)
  })

  it('compares the scheme and the port too, not only the host', () => {
    // The same host over the other scheme is another site.
    expect(sameOrigin(request({ host: 'reader.example', origin: 'https://reader.example' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'https://127.0.0.1:3999' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'http://127.0.0.1:4000' }))).toBe(false)
    // Behind a proxy that says the browser came over https, the https origin is ours.
    const proxied = { host: 'reader.example', 'x-forwarded-proto': 'https' }
    expect(sameOrigin(request({ ...proxied, origin: 'https://reader.example' }))).toBe(true)
    expect(sameOrigin(request({ ...proxied, origin: 'http://reader.example' }))).toBe(false)
    // A default port is the same origin spelled out or not.
    expect(sameOrigin(request({ ...proxied, origin: 'https://reader.example:443' }))).toBe(true)
    expect(
      sameOrigin(
        request({ host: 'reader.example', origin: 'https://reader.example' }, 'https://reader.example/api/x'),
      ),
    ).toBe(true)
  })
})
