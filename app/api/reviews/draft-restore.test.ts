import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { params, routeHarness, type Harness } from '@/lib/commands/route-testing'
import { entityHistory } from '@/lib/store/history'
import { getReview } from '@/lib/store/reviews'
import { POST as signIn } from '../auth/[...all]/route'
import * as restoreRoute from './[id]/drafts/[draftId]/restore/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as reviewsRoute from '../stories/[id]/reviews/route'

/**
 * A draft card's Remove and its Undo, through the routes as the server runs them: the
 * removal and the restore each a change in the draft's history, the restore giving the
 * draft back as it was, refused without a session, to a reader, and twice.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
let harness: Harness
beforeAll(async () => {
  harness = await routeHarness(signIn)
}, 180_000)
afterAll(() => harness?.close())

async function openReview(): Promise<string> {
  const quote = 'We will not allow anyone to use the soil of Afghanistan against any country'
  const article = `Kabul, Monday. A spokesman said: “${quote}.” Nothing more was said. ${Math.random()}`
  const created = await reviewsRoute.POST(
    harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', oneQuoteReview(article, quote)),
    params({ id: STORY }),
  )
  expect(created.status, await created.clone().text()).toBe(200)
  return ((await created.json()) as { id: string }).id
}

describe('Remove and Undo on a draft card', () => {
  it('brings the removed draft back as it was, and both go into its history', async () => {
    const id = await openReview()
    const [draft] = (await getReview(harness.store.db, id))!.drafts
    const at = `/api/reviews/${id}/drafts/${draft!.id}`
    const where = params({ id, draftId: draft!.id })
    const removed = await draftRoute.DELETE(
      harness.request('DELETE', at, 'editor', { version: draft!.version }),
      where,
    )
    expect(removed.status).toBe(200)
    expect((await getReview(harness.store.db, id))!.drafts).toEqual([])

    const nobody = await restoreRoute.POST(harness.request('POST', `${at}/restore`, 'nobody'), where)
    expect(nobody.status).toBe(401)
    const reader = await restoreRoute.POST(harness.request('POST', `${at}/restore`, 'reader'), where)
    expect(reader.status).toBe(403)
    expect((await getReview(harness.store.db, id))!.drafts).toEqual([])

    const restored = await restoreRoute.POST(harness.request('POST', `${at}/restore`, 'editor'), where)
    expect(restored.status, await restored.clone().text()).toBe(200)
    const body = (await restored.json()) as { draft: typeof draft }
    const { version, ...values } = draft!
    expect(body.draft).toMatchObject(values)
    expect(body.draft!.version).toBeGreaterThan(version)
    expect((await getReview(harness.store.db, id))!.drafts).toEqual([body.draft])

    const history = await entityHistory(harness.store.db, STORY, 'draft', `${id}/${draft!.id}`)
    expect(history.slice(0, 2).map((c) => [c.action, c.actor])).toEqual([
      ['restore', 'user:editor@example.org'],
      ['remove', 'user:editor@example.org'],
    ])
    expect(history[1]!.before).toMatchObject(values)
    expect(history[0]!.after).toMatchObject(values)

    const twice = await restoreRoute.POST(harness.request('POST', `${at}/restore`, 'editor'), where)
    expect(twice.status).toBe(409)
    expect(await twice.json()).toMatchObject({
      code: 'conflict',
      error: 'This statement is in the review already.',
    })
  })

  it('refuses to bring back a draft that was never removed, in words', async () => {
    const id = await openReview()
    const where = params({ id, draftId: 'z9' })
    const answer = await restoreRoute.POST(
      harness.request('POST', `/api/reviews/${id}/drafts/z9/restore`, 'editor'),
      where,
    )
    expect(answer.status).toBe(404)
    expect(await answer.json()).toMatchObject({ error: 'There is no removed statement to bring back.' })
  })
})
