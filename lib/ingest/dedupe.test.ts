import { describe, expect, it } from 'vitest'
import { KnownItems, contentKey, freshItems, itemKeys, urlKey } from './dedupe'

describe('urlKey', () => {
  it('ignores scheme, www., fragment, trailing slash, tracking parameters and parameter order', () => {
    const key = 'dawn.com/news/1812345?id=2&page=1'
    expect(urlKey('https://www.dawn.com/news/1812345/?page=1&id=2')).toBe(key)
    expect(urlKey('http://dawn.com/news/1812345?utm_source=rss&id=2&utm_medium=feed&page=1#top')).toBe(key)
    expect(urlKey('https://DAWN.com/news/1812345?fbclid=abc&page=1&id=2&ocid=x')).toBe(key)
  })

  it('keeps what tells pages apart', () => {
    expect(urlKey('https://dawn.com/news/1')).not.toBe(urlKey('https://dawn.com/news/2'))
    expect(urlKey('https://dawn.com/news/1?page=2')).not.toBe(urlKey('https://dawn.com/news/1'))
    expect(urlKey('https://dawn.com/News/1')).not.toBe(urlKey('https://dawn.com/news/1'))
    expect(urlKey('https://dawn.com:8443/news/1')).not.toBe(urlKey('https://dawn.com/news/1'))
    expect(urlKey('not a url')).toBeNull()
  })
})

describe('contentKey', () => {
  it('is the same when only case, accents, markup-free spacing or punctuation differ', () => {
    const key = contentKey('Talks resume in Doha', 'Officials say “progress” was made.')
    expect(contentKey('TALKS resume in  Dohá', 'Officials say "progress" was made')).toBe(key)
    expect(contentKey('Talks resume in Doha', 'Officials say no progress was made.')).not.toBe(key)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('freshItems', () => {
  const item = (guid: string | null, url: string | null, title: string, summary = '') => ({
    keys: itemKeys({ guid, url, title, summary }, 'feed-1'),
  })

  it('keeps an item once whether it comes back with the same GUID, address, or title and summary', () => {
    const known = new KnownItems()
    const first = [item('a', 'https://x.example/a', 'A'), item('b', 'https://x.example/b', 'B', 'b')]
    expect(freshItems(first, known)).toHaveLength(2)
    const second = [
      item('a', 'https://x.example/a-renamed', 'A edited'), // same GUID
      item('b-2', 'http://www.x.example/b/?utm_source=rss', 'B again'), // same address
      item('b-3', 'https://x.example/b-copy', 'B', 'b'), // same title and summary
      item('c', 'https://x.example/c', 'C'),
    ]
    expect(freshItems(second, known).map((i) => i.keys.guid)).toEqual(['feed-1 c'])
    expect(known.repeatBy(second[0]!.keys)).toBe('guid')
    expect(known.repeatBy(second[1]!.keys)).toBe('url')
    expect(known.repeatBy(second[2]!.keys)).toBe('content')
  })

  it('keeps the first of repeats within one batch', () => {
    const batch = [item('a', 'https://x.example/a', 'A'), item('a', 'https://x.example/a', 'A')]
    expect(freshItems(batch, new KnownItems())).toEqual([batch[0]])
  })

  it('scopes GUIDs to their feed: two feeds may both number an item "1"', () => {
    const one = itemKeys({ guid: '1', url: 'https://a.example/x', title: 'X', summary: '' }, 'feed-a')
    const other = itemKeys({ guid: '1', url: 'https://b.example/y', title: 'Y', summary: '' }, 'feed-b')
    expect(new KnownItems([one]).repeatBy(other)).toBeNull()
  })
})
