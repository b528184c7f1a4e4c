import { parseFeed } from 'feedsmith'
import { beforeEach, describe, expect, it } from 'vitest'
import { LAUGHS_FEED, XXE_FEED } from '../../e2e/web-fixtures/feeds'
import { KnownItems, freshItems } from './dedupe'
import { fetchFeed } from './feed-fetch'
import { parseFeedXml } from './feeds'
import { matchKeywords } from './keywords'
import { LOOPBACK, refusal, serveFixtureWeb } from './testing'

const web = serveFixtureWeb()
beforeEach(() => web.setFeedVersion(1))

const poll = (path: string) => fetchFeed(`${web.origin}${path}`, { allow: LOOPBACK, scope: 'feed-7' })

describe('fetchFeed: an RSS feed', () => {
  it('reads each item as a candidate: plain text, the article’s address, its day, the outlet', async () => {
    const { feed, document } = await poll('/feeds/world.rss')
    expect(document.finalUrl).toBe(`${web.origin}/feeds/world.rss`)
    expect(feed.format).toBe('rss')
    expect(feed.title).toBe('Frontier Ledger')
    expect(feed.link).toBe(`${web.origin}/`)
    expect(feed.items.map((i) => i.title)).toEqual([
      'Traders count losses as Torkham reopens after nine days',
      'Flag meeting sets terms for a joint border survey',
      'Exam season begins in Khyber Pakhtunkhwa',
      'Protests continue at Chaman’s Friendship Gate',
    ])
    expect(feed.items[0]).toMatchObject({
      guid: 'fl-4812',
      url: `${web.origin}/2024/03/04/traders-count-losses-as-torkham-reopens/`,
      summary:
        'The Torkham crossing reopened on Monday after a nine-day closure that left hundreds of trucks stranded.',
      published: '2024-03-04',
      author: 'Sana Malik',
      outlet: 'Frontier Ledger',
    })
    expect(feed.items[0]!.keys.guid).toBe('feed-7 fl-4812')
    // CDATA markup becomes text.
    expect(feed.items[3]!.summary).toBe('Residents say the passport rule splits families. More on Chaman')
  })

  it('skips an item it could not open, saying why', async () => {
    const { feed } = await poll('/feeds/world.rss')
    expect(feed.skipped).toEqual([{ position: 5, reason: 'Its link is not a web address.' }])
    web.setFeedVersion(2)
    const second = await poll('/feeds/world.rss')
    expect(second.feed.skipped).toEqual([{ position: 6, reason: 'It has no link to an article.' }])
  })

  it('reads a feed its server calls a web page', async () => {
    const { feed } = await poll('/feeds/mislabelled.rss')
    expect(feed.items).toHaveLength(4)
  })

  it('takes an empty feed as a feed with no items', async () => {
    const { feed } = await poll('/feeds/empty.xml')
    expect(feed).toMatchObject({ title: 'Quiet', items: [], skipped: [] })
  })
})

describe('fetchFeed: an Atom feed', () => {
  it('decodes HTML titles and summaries to text, and falls back to the update day', async () => {
    const { feed } = await poll('/feeds/region.atom')
    expect(feed.format).toBe('atom')
    expect(feed.title).toBe('Asia Wire – Region')
    expect(feed.items).toEqual([
      expect.objectContaining({
        guid: 'tag:asiawire.example,2024:68512345',
        url: `${web.origin}/news/world-asia-68512345`,
        title: 'Pakistan & Afghanistan agree to talks on border fencing',
        summary: 'Officials will meet in Doha next week.',
        published: '2024-03-05',
        author: 'Omar Farooq',
        outlet: 'Asia Wire – Region',
      }),
      expect.objectContaining({
        title: 'Qatar offers to host a second round of talks',
        summary: 'The Emir’s envoy said Qatar was ready to help.',
        published: '2024-03-06',
      }),
    ])
  })
})

describe('two polls', () => {
  it('add nothing twice: a re-sent item, a changed GUID, a cleaned address, a republished copy', async () => {
    const known = new KnownItems()
    const first = freshItems((await poll('/feeds/world.rss')).feed.items, known)
    expect(first).toHaveLength(4)
    web.setFeedVersion(2)
    const second = (await poll('/feeds/world.rss')).feed.items
    expect(second).toHaveLength(5)
    expect(second.map((i) => known.repeatBy(i.keys))).toEqual(['guid', 'url', 'url', 'content', null])
    const added = freshItems(second, known)
    expect(added.map((i) => i.title)).toEqual(['Customs figures show Torkham trade fell by a third'])
    // A third poll of the same feed adds nothing.
    expect(freshItems((await poll('/feeds/world.rss')).feed.items, known)).toEqual([])
  })

  it('put only matching items in the inbox when the feed has keywords', async () => {
    const items = (await poll('/feeds/world.rss')).feed.items
    const taken = items.filter((i) => matchKeywords(['torkham', 'Friendship Gate'], i).taken)
    expect(taken.map((i) => i.guid)).toEqual(['fl-4812', 'fl-4795'])
  })
})

describe('broken and hostile feeds, each refused with a message', () => {
  it('bad XML', async () => {
    const error = await refusal(poll('/feeds/broken.xml'))
    expect(error.problem).toBe('feed')
    expect(error.message).toBe(
      'The feed is not well-formed XML, so it cannot be read; only its publisher can mend it.',
    )
  })

  it('an external entity (XXE) and nested entities (billion laughs)', async () => {
    for (const path of ['/feeds/xxe.xml', '/feeds/laughs.xml']) {
      const error = await refusal(poll(path))
      expect(error.message).toBe(
        'The feed declares entities of its own in a DOCTYPE. The reader does not read those: they are a known way to attack XML readers.',
      )
    }
  })

  it('a 50 MB file', async () => {
    const error = await refusal(poll('/feeds/huge.xml'))
    expect(error.problem).toBe('too-large')
    expect(error.message).toBe('The feed is larger than 5 MB; the reader fetches at most 5 MB.')
  })

  it('a redirect loop, and a redirect to a private address', async () => {
    const loop = await refusal(poll('/feeds/loop'))
    expect(loop.message).toBe(
      `The site redirects in a loop (back to “${web.origin}/feeds/loop”) and never reaches a feed.`,
    )
    const inside = await refusal(poll('/feeds/to-private'))
    expect(inside.problem).toBe('blocked')
    expect(inside.message).toMatch(
      /^The site redirected to “http:\/\/192\.168\.1\.1\/feed\.xml”; that is 192\.168\.1\.1, which is an address on a private network/,
    )
  })

  it('a web page, naming the feeds it links to', async () => {
    const error = await refusal(poll('/world'))
    expect(error.message).toBe(
      `This address is a web page, not a feed. The page names these feeds: “${web.origin}/feeds/world.rss” (Frontier Ledger: World), “${web.origin}/feeds/region.atom” (Frontier Ledger: Region (Atom)).`,
    )
    const plain = await refusal(poll('/2024/02/29/markets/analysts-weigh-ceasefire.html'))
    expect(plain.message).toBe(
      'This address is a web page, not a feed, and the page names no feed of its own.',
    )
  })

  it('not a feed at all', async () => {
    expect((await refusal(poll('/files/data.json'))).message).toBe(
      'This address gives JSON data, not an RSS or Atom feed.',
    )
    expect(() => parseFeedXml('<?xml version="1.0"?><note>hi</note>', 'https://x.example/f')).toThrow(
      'This is not an RSS or Atom feed.',
    )
  })

  it('the parser underneath never expands entities, even without the DOCTYPE check', () => {
    const laughs = parseFeed(LAUGHS_FEED)
    expect(laughs.format).toBe('rss')
    expect(JSON.stringify(laughs).length).toBeLessThan(1_000)
    // An external entity is refused by the parser itself.
    expect(() => parseFeed(XXE_FEED)).toThrow()
  })
})
