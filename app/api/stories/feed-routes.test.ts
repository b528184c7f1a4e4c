import { describe, expect, it } from 'vitest'
import { pollFeeds } from '@/lib/commands/feeds/poll'
import { loopbackHarness, params, type Harness, type Who } from '@/lib/commands/route-testing'
import { LOOPBACK, serveFixtureWeb } from '@/lib/ingest/testing'
import { feedItems, feeds } from '@/lib/store/feed-tables'
import { changeCount } from '@/lib/store/history'
import { POST as authPost } from '../auth/[...all]/route'
import * as feedRoute from './[id]/feeds/[feedId]/route'
import * as feedsRoute from './[id]/feeds/route'
import * as dismissRoute from './[id]/inbox/[itemId]/dismiss/route'
import * as openRoute from './[id]/inbox/[itemId]/open/route'

/**
 * The feed routes as the server runs them: watching and removing a feed, dismissing and
 * opening an inbox item need an editor; without a session (401) or as a reader (403)
 * nothing changes and nothing is fetched.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const web = serveFixtureWeb()
let harness: Harness
loopbackHarness(authPost, (h) => (harness = h))

const base = `/api/stories/${STORY}`
const state = async () => ({
  feeds: await harness.store.db.select().from(feeds),
  items: await harness.store.db.select().from(feedItems),
  changes: await changeCount(harness.store.db, STORY),
  requests: web.requests.length,
})

describe('the feed routes', () => {
  it('watch a feed for an editor only', async () => {
    const add = (who: Who) =>
      feedsRoute.POST(
        harness.request('POST', `${base}/feeds`, who, {
          url: `${web.origin}/feeds/world.rss`,
          keywords: 'Torkham',
        }),
        params({ id: STORY }),
      )
    const before = await state()
    expect((await add('nobody')).status).toBe(401)
    expect((await add('reader')).status).toBe(403)
    expect(await state()).toEqual(before)
    const ok = await add('editor')
    expect(ok.status).toBe(200)
    expect((await ok.json()).feed).toMatchObject({ keywords: ['Torkham'], lastError: null })
    await pollFeeds(harness.store.db, { fetch: { allow: LOOPBACK } })
  })

  it('change a feed’s keywords for an editor only, version-checked and recorded', async () => {
    const [feed] = await harness.store.db.select().from(feeds)
    const edit = (who: Who, body: unknown) =>
      feedRoute.PATCH(
        harness.request('PATCH', `${base}/feeds/${feed!.id}`, who, body),
        params({ id: STORY, feedId: feed!.id }),
      )
    const before = await state()
    expect((await edit('nobody', { version: 1, keywords: 'Chaman' })).status).toBe(401)
    expect((await edit('reader', { version: 1, keywords: 'Chaman' })).status).toBe(403)
    expect(await state()).toEqual(before)
    // Keywords it cannot match are refused in words, and change nothing.
    const bad = await edit('editor', { version: 1, keywords: '!!!' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toBe('“!!!” has no letters or digits to match.')
    expect(await state()).toEqual(before)

    const ok = await edit('editor', { version: 1, keywords: 'Chaman, Torkham' })
    expect(ok.status).toBe(200)
    expect((await ok.json()).feed).toMatchObject({ keywords: ['Chaman', 'Torkham'], version: 2 })
    expect(await state()).toEqual({ ...before, feeds: [expect.anything()], changes: before.changes + 1 })
    // A second editor still on version 1: a conflict, with the keywords as they are now.
    const stale = await edit('editor', { version: 1, keywords: 'Kabul' })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({
      code: 'conflict',
      current: { keywords: ['Chaman', 'Torkham'] },
    })
    expect((await harness.store.db.select().from(feeds))[0]!.keywords).toEqual(['Chaman', 'Torkham'])
  })

  it('dismiss, open and remove for an editor only', async () => {
    const [item] = await harness.store.db.select().from(feedItems)
    const [feed] = await harness.store.db.select().from(feeds)
    const itemParams = params({ id: STORY, itemId: item!.id })
    const dismiss = (who: Who) =>
      dismissRoute.POST(harness.request('POST', `${base}/inbox/${item!.id}/dismiss`, who), itemParams)
    const open = (who: Who) =>
      openRoute.POST(harness.request('POST', `${base}/inbox/${item!.id}/open`, who), itemParams)
    const remove = (who: Who) =>
      feedRoute.DELETE(
        harness.request('DELETE', `${base}/feeds/${feed!.id}`, who),
        params({ id: STORY, feedId: feed!.id }),
      )
    const before = await state()
    for (const send of [dismiss, open, remove]) {
      expect((await send('nobody')).status).toBe(401)
      expect((await send('reader')).status).toBe(403)
    }
    expect(await state()).toEqual(before)
    expect((await open('editor')).status).toBe(200)
    expect((await dismiss('editor')).status).toBe(200)
    expect((await remove('editor')).status).toBe(200)
    expect(await harness.store.db.select().from(feeds)).toEqual([])
    // The items stay, with their decisions, after their feed is gone.
    expect((await harness.store.db.select().from(feedItems)).find((i) => i.id === item!.id)).toMatchObject({
      status: 'dismissed',
      feedId: null,
    })
  })
})
