import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { LOOPBACK, serveFixtureWeb } from '../../ingest/testing'
import type { Store } from '../../store/db'
import { feedItems, feedPollLock, feeds } from '../../store/feed-tables'
import { inbox, storyFeeds } from '../../store/feeds'
import { entityHistory } from '../../store/history'
import { parseInput } from '../endpoint'
import { SEED_ID, seededStore, storeForFile } from '../testing'
import { addFeed, dismissItem, editFeedKeywords, openItem } from './commands'
import { pollFeeds, releasePollLock, takePollLock } from './poll'
import * as schema from './schema'

const web = serveFixtureWeb()
let store: Store
storeForFile((s) => (store = s), seededStore)

const EDITOR = 'user:editor@example.org'
const add = async (url: string, keywords = '') =>
  addFeed(store.db, { storyId: SEED_ID, actor: EDITOR, ...parseInput(schema.addFeed, { url, keywords }) })
const poll = () => pollFeeds(store.db, { fetch: { allow: LOOPBACK } })
const titles = async () => (await inbox(store.db, SEED_ID)).map((i) => i.title).sort()

describe('feeds on a story', () => {
  it('polls twice and adds nothing twice: re-sent, re-GUIDed and republished items are repeats', async () => {
    const feed = await add(`${web.origin}/feeds/world.rss`, 'Torkham, border\nChaman')
    expect(feed.keywords).toEqual(['Torkham', 'border', 'Chaman'])
    web.setFeedVersion(1)
    const first = await poll()
    expect(first.polled).toBe(true)
    // The first version's items about the crossings; the exam item matches no keyword.
    expect(await titles()).toEqual([
      'Flag meeting sets terms for a joint border survey',
      'Protests continue at Chaman’s Friendship Gate',
      'Traders count losses as Torkham reopens after nine days',
    ])
    const again = await poll()
    expect(again.feeds[0]).toMatchObject({ added: 0, error: null })
    // The second version re-sends Torkham, gives the flag meeting a new GUID and a new
    // address, and adds one item: only that one is new.
    web.setFeedVersion(2)
    await poll()
    expect(await titles()).toEqual([
      'Customs figures show Torkham trade fell by a third',
      'Flag meeting sets terms for a joint border survey',
      'Protests continue at Chaman’s Friendship Gate',
      'Traders count losses as Torkham reopens after nine days',
    ])
    const rows = await store.db.select().from(feedItems).where(eq(feedItems.feedId, feed.id))
    expect(rows).toHaveLength(4)
    const customs = (await inbox(store.db, SEED_ID)).find((i) => i.title.startsWith('Customs'))!
    expect(customs).toMatchObject({ matched: ['Torkham'], published: '2024-03-06' })
    expect(customs.url).toBe(`${web.origin}/2024/03/06/customs-figures/`)
    web.setFeedVersion(1)
  })

  it('remembers a dismissal: the item never comes back', async () => {
    const item = (await inbox(store.db, SEED_ID)).find((i) => i.title.startsWith('Protests'))!
    await dismissItem(store.db, { storyId: SEED_ID, itemId: item.id, actor: EDITOR })
    await poll()
    expect(await titles()).not.toContain('Protests continue at Chaman’s Friendship Gate')
    const [change] = await entityHistory(store.db, SEED_ID, 'inbox-item', item.id)
    expect(change).toMatchObject({ action: 'dismiss', actor: EDITOR, after: { status: 'dismissed' } })
  })

  it('opens an item into a fetched, kept page for its review, and takes it out of the inbox', async () => {
    const item = (await inbox(store.db, SEED_ID)).find((i) => i.title.startsWith('Traders'))!
    const fetched = await openItem(store.db, {
      storyId: SEED_ID,
      itemId: item.id,
      actor: EDITOR,
      fetch: { allow: LOOPBACK },
    })
    expect(fetched.fields.title).toMatch(/Torkham/)
    expect(await titles()).not.toContain(item.title)
  })

  it('refuses a broken or hostile feed on its own row, and polls the others', async () => {
    const broken = await add(`${web.origin}/feeds/broken.xml`)
    const huge = await add(`${web.origin}/feeds/huge.xml`)
    const loop = await add(`${web.origin}/feeds/loop`)
    const privateOne = await add(`${web.origin}/feeds/to-private`)
    const atom = await add(`${web.origin}/feeds/region.atom`, 'Torkham')
    const report = await poll()
    const errorOf = (id: string) => report.feeds.find((f) => f.id === id)!.error
    expect(errorOf(broken.id)).toBeTruthy()
    expect(errorOf(huge.id)).toMatch(/5 MB/)
    expect(errorOf(loop.id)).toMatch(/redirect/i)
    expect(errorOf(privateOne.id)).toMatch(/private network/)
    expect(errorOf(atom.id)).toBeNull()
    const rows = await storyFeeds(store.db, SEED_ID)
    expect(rows.find((f) => f.id === loop.id)!.lastError).toBe(errorOf(loop.id))
    expect(rows.find((f) => f.id === atom.id)!.lastPolledAt).not.toBeNull()
  })

  it('lets one instance poll at a time, and takes over a lease its holder left to expire', async () => {
    expect(await takePollLock(store.db, 'other-instance')).toBe(true)
    const seen = web.requests.length
    expect(await poll()).toEqual({ polled: false, feeds: [] })
    expect(web.requests.length).toBe(seen)
    await releasePollLock(store.db, 'other-instance')
    // A holder that died: its lease ran out, and the next poll takes the lock.
    await takePollLock(store.db, 'dead-instance', -1_000)
    expect((await poll()).polled).toBe(true)
    expect(await store.db.select().from(feedPollLock)).toEqual([])
  })

  it('changes a feed’s keywords for the polls to come, recorded with before and after', async () => {
    const feed = await add(`${web.origin}/feeds/keywords-later.xml`, 'Torkham')
    const edit = (version: number, keywords: string) =>
      editFeedKeywords(store.db, {
        storyId: SEED_ID,
        feedId: feed.id,
        actor: EDITOR,
        ...parseInput(schema.editFeedKeywords, { version, keywords }),
      })
    const changed = await edit(1, 'Chaman\nKhyber Pass')
    expect(changed).toMatchObject({ keywords: ['Chaman', 'Khyber Pass'], version: 2 })
    const [last] = await entityHistory(store.db, SEED_ID, 'feed', feed.id)
    expect(last).toMatchObject({
      action: 'update',
      actor: EDITOR,
      before: { keywords: ['Torkham'] },
      after: { keywords: ['Chaman', 'Khyber Pass'] },
      version: 2,
    })
    await expect(edit(1, 'Kabul')).rejects.toMatchObject({
      code: 'conflict',
      details: { current: { keywords: ['Chaman', 'Khyber Pass'], version: 2 } },
    })
    // The same keywords again: nothing written, nothing recorded.
    expect(await edit(2, 'Chaman, Khyber Pass')).toMatchObject({ version: 2 })
    expect(await entityHistory(store.db, SEED_ID, 'feed', feed.id)).toHaveLength(2)
    await expect(
      editFeedKeywords(store.db, {
        storyId: SEED_ID,
        feedId: 'no-such-feed',
        actor: EDITOR,
        version: 1,
        keywords: [],
      }),
    ).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses keywords it cannot match, and a feed watched twice', async () => {
    await expect(add(`${web.origin}/feeds/region.atom`)).rejects.toThrow(
      'This story already watches this feed.',
    )
    await expect(add(`${web.origin}/feeds/other.xml`, '!!!')).rejects.toThrow(
      '“!!!” has no letters or digits to match.',
    )
    expect((await store.db.select().from(feeds)).length).toBe(7)
  })
})
