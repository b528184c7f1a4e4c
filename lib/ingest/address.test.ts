import { describe, expect, it } from 'vitest'
import { addressKind, allowedKinds, isIpAddress } from './address'

describe('addressKind', () => {
  it('passes public addresses, IPv4 and IPv6', () => {
    for (const ip of [
      '93.184.216.34',
      '8.8.8.8',
      '1.1.1.1',
      '2606:4700:4700::1111',
      '2a00:1450:4009:81e::200e',
    ]) {
      expect(addressKind(ip), ip).toBeNull()
    }
  })

  it('names each non-public IPv4 range', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.1.1', 'link-local'],
      ['169.254.169.254', 'metadata'],
      ['169.254.170.2', 'metadata'],
      ['100.100.100.200', 'metadata'],
      ['192.0.0.192', 'metadata'],
      ['100.64.0.1', 'cgnat'],
      ['100.127.255.254', 'cgnat'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['0.0.0.0', 'unspecified'],
      ['0.1.2.3', 'unspecified'],
      ['192.0.2.10', 'reserved'],
      ['198.18.0.1', 'reserved'],
      ['240.0.0.1', 'reserved'],
      ['255.255.255.255', 'reserved'],
    ]
    for (const [ip, kind] of cases) expect(addressKind(ip), ip).toBe(kind)
    // The edges of the private ranges stay public.
    expect(addressKind('172.15.255.255')).toBeNull()
    expect(addressKind('172.32.0.0')).toBeNull()
    expect(addressKind('100.63.255.255')).toBeNull()
    expect(addressKind('100.128.0.0')).toBeNull()
  })

  it('reads every numeric spelling of loopback', () => {
    for (const spelling of ['2130706433', '0177.0.0.1', '0x7f.1', '0x7f000001', '127.1', '017700000001']) {
      expect(addressKind(spelling), spelling).toBe('loopback')
    }
  })

  it('names IPv6 ranges, and looks inside addresses that carry an IPv4 one', () => {
    const cases: [string, string][] = [
      ['::1', 'loopback'],
      ['[::1]', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'link-local'],
      ['fc00::1', 'private'],
      ['fd12:3456::1', 'private'],
      ['fec0::1', 'private'],
      ['ff02::1', 'multicast'],
      ['fd00:ec2::254', 'metadata'],
      ['2001:db8::1', 'reserved'],
      ['2001::1', 'reserved'], // Teredo
      ['100::1', 'reserved'],
      ['64:ff9b:1::1', 'reserved'],
      ['4000::1', 'reserved'], // outside global unicast
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:169.254.169.254', 'metadata'],
      ['::ffff:0:10.0.0.1', 'private'],
      ['::10.0.0.1', 'private'], // IPv4-compatible
      ['64:ff9b::192.168.0.1', 'private'], // NAT64
      ['2002:c0a8:101::1', 'private'], // 6to4 around 192.168.1.1
      ['2002:7f00:1::', 'loopback'],
    ]
    for (const [ip, kind] of cases) expect(addressKind(ip), ip).toBe(kind)
    expect(addressKind('::ffff:8.8.8.8')).toBeNull()
    expect(addressKind('64:ff9b::8.8.8.8')).toBeNull()
    expect(addressKind('2002:808:808::1')).toBeNull()
  })

  it('tells an IP address from a name', () => {
    expect(isIpAddress('127.1')).toBe(true)
    expect(isIpAddress('[::1]')).toBe(true)
    expect(isIpAddress('localhost')).toBe(false)
    expect(isIpAddress('news.example')).toBe(false)
    expect(() => addressKind('localhost')).toThrow()
  })
})

describe('allowedKinds (FETCH_ALLOW_PRIVATE)', () => {
  it('allows nothing when unset, empty, 0 or false', () => {
    for (const value of [undefined, '', '0', 'false']) expect(allowedKinds(value).size).toBe(0)
  })

  it('allows every kind but the metadata service for 1 or true', () => {
    for (const value of ['1', 'true', 'TRUE']) {
      const allowed = allowedKinds(value)
      expect(allowed.has('loopback')).toBe(true)
      expect(allowed.has('private')).toBe(true)
      expect(allowed.has('link-local')).toBe(true)
      expect(allowed.has('metadata')).toBe(false)
    }
  })

  it('allows just the kinds listed, never metadata', () => {
    expect([...allowedKinds('loopback')]).toEqual(['loopback'])
    expect([...allowedKinds('loopback, private')].sort()).toEqual(['loopback', 'private'])
    expect([...allowedKinds('metadata,loopback')]).toEqual(['loopback'])
  })
})
