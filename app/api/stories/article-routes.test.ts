import { describe, expect, it } from 'vitest'
import { loopbackHarness, params, type Harness, type Who } from '@/lib/commands/route-testing'
import { serveFixtureWeb } from '@/lib/ingest/testing'
import { pageArchives } from '@/lib/store/archive-tables'
import { archivedPage } from '@/lib/store/archives'
import { changeCount } from '@/lib/store/history'
import * as archived from '../../stories/[slug]/sources/[source]/archived/route'
import { POST as authPost } from '../auth/[...all]/route'
import * as fetchRoute from './[id]/articles/fetch/route'
import * as fileRoute from './[id]/articles/file/route'
import * as compareRoute from './[id]/sources/[sourceId]/compare/route'

/**
 * Adding an article by its address, as the server runs it: fetching, reading a file and
 * comparing need an editor (401 without a session, 403 for a reader, nothing kept); the
 * archived page downloads for an editor only, as plain text, never as a page.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const web = serveFixtureWeb()
let harness: Harness
loopbackHarness(authPost, (h) => (harness = h))

const storyParams = params({ id: STORY })
const fetchAs = (who: Who, url: string) =>
  fetchRoute.POST(harness.request('POST', `/api/stories/${STORY}/articles/fetch`, who, { url }), storyParams)
const archives = async () => (await harness.store.db.select().from(pageArchives)).length

describe('fetching an article by its address', () => {
  it('is refused without a session (401) and for a reader (403), fetching and keeping nothing', async () => {
    const url = `${web.origin}/news/world-asia-68512345`
    const seen = web.requests.length
    const count = await changeCount(harness.store.db, STORY)
    const nobody = await fetchAs('nobody', url)
    expect(nobody.status).toBe(401)
    expect((await nobody.json()).error).toBe('Sign in first.')
    const reader = await fetchAs('reader', url)
    expect(reader.status).toBe(403)
    expect((await reader.json()).error).toMatch(/needs the editor role/)
    expect(web.requests.length).toBe(seen)
    expect(await archives()).toBe(0)
    expect(await changeCount(harness.store.db, STORY)).toBe(count)
  })

  it('fills the form for an editor, and says in words why a page is refused', async () => {
    const ok = await fetchAs('editor', `${web.origin}/news/world-asia-68512345`)
    expect(ok.status).toBe(200)
    const body = await ok.json()
    expect(body.fields.title).toBe('Pakistan and Afghanistan agree to talks on border fencing')
    expect(body.archiveId).toMatch(/^[0-9a-f-]{36}$/)
    const blocked = await fetchAs('editor', `${web.origin}/redirect/metadata`)
    expect(blocked.status).toBe(400)
    const refusal = await blocked.json()
    expect(refusal).toMatchObject({ code: 'invalid', field: 'url' })
    expect(refusal.error).toMatch(/metadata service/)
    expect(refusal.error).not.toMatch(/FETCH_ALLOW_PRIVATE|\[object|problem/)
    expect(await archives()).toBe(1)
  })

  it('reads a file for an editor only', async () => {
    const body = {
      name: 'a.txt',
      type: 'text/plain',
      base64: Buffer.from('Army answers attack\n\nThe army said so.').toString('base64'),
    }
    const send = (who: Who) =>
      fileRoute.POST(harness.request('POST', `/api/stories/${STORY}/articles/file`, who, body), storyParams)
    expect((await send('nobody')).status).toBe(401)
    expect((await send('reader')).status).toBe(403)
    const ok = await send('editor')
    expect(ok.status).toBe(200)
    expect((await ok.json()).fields).toMatchObject({
      title: 'Army answers attack',
      text: 'The army said so.',
    })
  })
})

describe('a source’s archived page', () => {
  it('downloads for an editor as a plain-text attachment, and is refused to a reader and to nobody', async () => {
    const fetched = await (await fetchAs('editor', `${web.origin}/edited/trade-talks`)).json()
    // The copy is the source's once a review saves it (lib/commands/articles tests that path).
    await harness.store.db.update(pageArchives).set({ sourceId: 'seed-article' })
    const kept = (await archivedPage(harness.store.db, STORY, 'seed-article'))!
    expect(kept.id).toBe(fetched.archiveId)
    const get = (who: Who) =>
      archived.GET(
        harness.request('GET', `/stories/${STORY}/sources/seed-article/archived`, who),
        params({ slug: STORY, source: 'seed-article' }) as never,
      )
    expect((await get('nobody')).status).toBe(401)
    expect((await get('reader')).status).toBe(403)
    const ok = await get('editor')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(ok.headers.get('content-disposition')).toMatch(
      /^attachment; filename="seed-article-as-fetched-\d{4}-\d\d-\d\d\.html\.txt"$/,
    )
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await ok.text()).toBe(kept.html)

    const compare = (who: Who) =>
      compareRoute.POST(
        harness.request('POST', `/api/stories/${STORY}/sources/seed-article/compare`, who),
        params({ id: STORY, sourceId: 'seed-article' }),
      )
    expect((await compare('nobody')).status).toBe(401)
    expect((await compare('reader')).status).toBe(403)
    const compared = await compare('editor')
    expect(compared.status).toBe(200)
    expect((await compared.json()).comparison).toMatchObject({ same: false })
  })
})
