import ipaddr from 'ipaddr.js'

/**
 * Which IP addresses the server may fetch from. A fetch by URL runs on the server, inside
 * its network: without this check, an editor could make it read the cloud's metadata
 * service, an admin page on the loopback interface, or a neighbour on the private network.
 * Only public unicast addresses pass, unless the operator allows more (FETCH_ALLOW_PRIVATE).
 */

export type AddressKind =
  'metadata' | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'multicast' | 'unspecified' | 'reserved'

type Range = [cidr: string, kind: AddressKind]

// Checked in order: the metadata hosts sit inside the link-local and CGNAT ranges.
const IPV4: Range[] = [
  ['169.254.169.254/32', 'metadata'], // AWS, Google Cloud, Azure, OpenStack
  ['169.254.170.2/32', 'metadata'], // AWS container credentials
  ['100.100.100.200/32', 'metadata'], // Alibaba Cloud
  ['192.0.0.192/32', 'metadata'], // Oracle Cloud
  ['0.0.0.0/8', 'unspecified'],
  ['127.0.0.0/8', 'loopback'],
  ['10.0.0.0/8', 'private'],
  ['172.16.0.0/12', 'private'],
  ['192.168.0.0/16', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['169.254.0.0/16', 'link-local'],
  ['224.0.0.0/4', 'multicast'],
  ['192.0.0.0/24', 'reserved'], // protocol assignments
  ['192.0.2.0/24', 'reserved'], // documentation
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
  ['192.88.99.0/24', 'reserved'], // old 6to4 relays
  ['198.18.0.0/15', 'reserved'], // benchmarking
  ['240.0.0.0/4', 'reserved'], // future use, and 255.255.255.255
]

const IPV6: Range[] = [
  ['fd00:ec2::254/128', 'metadata'], // AWS over IPv6
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['fc00::/7', 'private'], // unique local
  ['fec0::/10', 'private'], // the old site-local
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
  ['64:ff9b:1::/48', 'reserved'], // local NAT64
  ['100::/64', 'reserved'], // discard
  ['2001::/23', 'reserved'], // protocol assignments, Teredo among them
  ['2001:db8::/32', 'reserved'], // documentation
  ['3fff::/20', 'reserved'], // documentation
]

const parsed = <T extends ipaddr.IPv4 | ipaddr.IPv6>(ranges: Range[]) =>
  ranges.map(([cidr, kind]) => [ipaddr.parseCIDR(cidr) as [T, number], kind] as const)
const V4 = parsed<ipaddr.IPv4>(IPV4)
const V6 = parsed<ipaddr.IPv6>(IPV6)
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3')

/** The IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = ip.parts
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff])
  const zeros = (from: number, to: number) => p.slice(from, to).every((x) => x === 0)
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address() // ::ffff:a.b.c.d
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6]!, p[7]!) // ::ffff:0:a.b.c.d
  if (zeros(0, 6) && (p[6] !== 0 || p[7]! > 1)) return v4(p[6]!, p[7]!) // ::a.b.c.d
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return v4(p[6]!, p[7]!) // 64:ff9b::a.b.c.d
  if (p[0] === 0x2002) return v4(p[1]!, p[2]!) // 6to4: 2002:AABB:CCDD::
  return null
}

/**
 * What kind of non-public address this is, or null for a public one. Accepts every
 * spelling ipaddr.js reads: dotted, short ("127.1"), octal, hex, a single number, IPv6
 * with or without brackets. Throws on something that is not an IP address at all.
 */
export function addressKind(address: string): AddressKind | null {
  const ip = ipaddr.parse(address.replace(/^\[(.*)\]$/, '$1'))
  if (ip.kind() === 'ipv4') {
    const v4 = ip as ipaddr.IPv4
    return V4.find(([range]) => v4.match(range))?.[1] ?? null
  }
  const v6 = ip as ipaddr.IPv6
  const inner = embeddedIPv4(v6)
  if (inner) return addressKind(inner.toString())
  const kind = V6.find(([range]) => v6.match(range))?.[1]
  if (kind) return kind
  return v6.match(GLOBAL_UNICAST) ? null : 'reserved'
}

/** True when the text is an IP address in any spelling, not a name to look up. */
export function isIpAddress(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[(.*)\]$/, '$1'))
}

/** How a refusal names each kind, read after "which is". */
export const KIND_WORDS: Record<AddressKind, string> = {
  metadata: 'the cloud metadata service, which holds the server’s own credentials',
  loopback: 'this server itself (a loopback address)',
  private: 'an address on a private network, not the public internet',
  'link-local': 'a link-local address, reachable only on the server’s own network segment',
  cgnat: 'an address inside a provider’s network (carrier-grade NAT), not the public internet',
  multicast: 'a multicast address, which serves no web pages',
  unspecified: 'the unspecified address, which means “this machine”',
  reserved: 'a reserved address that is not part of the public internet',
}

/**
 * Which kinds the operator allows. FETCH_ALLOW_PRIVATE=1 (or "true") allows every kind
 * but the metadata service, for tests and intranets; a comma list ("loopback" or
 * "loopback,private") allows just those. The metadata service is never allowed: nothing
 * an analyst reads lives there.
 */
export type AllowedKinds = ReadonlySet<AddressKind>

export const ALLOW_NONE: AllowedKinds = new Set()
const ALL_BUT_METADATA: AllowedKinds = new Set(
  (Object.keys(KIND_WORDS) as AddressKind[]).filter((k) => k !== 'metadata'),
)

export function allowedKinds(setting: string | undefined = process.env.FETCH_ALLOW_PRIVATE): AllowedKinds {
  const value = setting?.trim().toLowerCase() ?? ''
  if (value === '' || value === '0' || value === 'false') return ALLOW_NONE
  if (value === '1' || value === 'true') return ALL_BUT_METADATA
  const kinds = value.split(',').map((k) => k.trim())
  const known = kinds.filter((k): k is AddressKind => k in KIND_WORDS && k !== 'metadata')
  return new Set(known)
}
