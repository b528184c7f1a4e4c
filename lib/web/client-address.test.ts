import { describe, expect, it } from 'vitest'
import { clientAddress, plainAddress, trustedProxies } from './client-address.mjs'

const none = trustedProxies(undefined).proxies

describe('the address a request comes from', () => {
  it('without a trusted proxy: the socket’s, whatever X-Forwarded-For a client sends', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', '1.1.1.1, 2.2.2.2', none)).toBe('203.0.113.9')
    expect(clientAddress('2001:DB8::1', undefined, none)).toBe('2001:db8::1')
  })

  it('from the trusted proxy: the entry it appended, the last; the client’s own entries are not believed', () => {
    const { proxies, invalid } = trustedProxies('10.0.0.2')
    expect(invalid).toEqual([])
    expect(clientAddress('10.0.0.2', '198.51.100.7', proxies)).toBe('198.51.100.7')
    expect(clientAddress('::ffff:10.0.0.2', 'spoofed, 6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', '198.51.100.7:5123', proxies)).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.2', '[2001:db8::7]:443', proxies)).toBe('2001:db8::7')
    // Nothing appended, or not an address: the proxy's own.
    expect(clientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', '1.2.3.4, garbage', proxies)).toBe('10.0.0.2')
    // Not from the proxy: the header is the client's own, and ignored.
    expect(clientAddress('203.0.113.9', '198.51.100.7', proxies)).toBe('203.0.113.9')
  })

  it('through a chain of trusted proxies: the first entry from the right that is not one of them', () => {
    const { proxies } = trustedProxies('10.0.0.2, 10.0.0.3')
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.3', proxies)).toBe('198.51.100.7')
  })

  it('TRUSTED_PROXY names addresses; anything else is reported', () => {
    expect(trustedProxies('10.0.0.2, proxy.local').invalid).toEqual(['proxy.local'])
    expect(plainAddress(' ::FFFF:10.0.0.1 ')).toBe('10.0.0.1')
  })
})
