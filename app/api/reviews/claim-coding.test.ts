import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { params, routeHarness, type Harness } from '@/lib/commands/route-testing'
import { readNonResponses } from '@/lib/store/claim-reads'
import { entityHistory, storyHistory } from '@/lib/store/history'
import { getReview, reviewNonResponsesOf } from '@/lib/store/reviews'
import { POST as signIn } from '../auth/[...all]/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as nonResponseRoute from './[id]/non-responses/[nonResponseId]/route'
import * as nonResponsesRoute from './[id]/non-responses/route'
import * as saveRoute from './[id]/save/route'
import * as reviewsRoute from '../stories/[id]/reviews/route'

/**
 * Coding claims in review through the routes as the server runs them: a draft's stances
 * on further claims and a non-response from a selection are editors' writes, refused
 * without a session and to a reader whatever the page shows; a non-response names one of
 * the story's camps and claims and a real day; each change goes into the review's
 * history, and "Save to story" puts the non-response into the story and its change log.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const CLAIM = 'taliban-commanders-assist-militants'
const QUOTE = 'We will not allow anyone to use the soil of Afghanistan against any country'
const SILENT = 'The Taliban has not responded to the charge'
let harness: Harness
beforeAll(async () => {
  harness = await routeHarness(signIn)
}, 180_000)
afterAll(() => harness?.close())

async function openReview(): Promise<{ id: string; article: string }> {
  const article = `Kabul, Monday. A spokesman said: “${QUOTE}.” ${SILENT} so far. ${Math.random()}`
  const created = await reviewsRoute.POST(
    harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', oneQuoteReview(article, QUOTE)),
    params({ id: STORY }),
  )
  expect(created.status, await created.clone().text()).toBe(200)
  return { id: ((await created.json()) as { id: string }).id, article }
}

describe('a draft’s stances on further claims', () => {
  it('are an editor’s write: refused without a session and to a reader, saved for an editor', async () => {
    const { id } = await openReview()
    const [draft] = (await getReview(harness.store.db, id))!.drafts
    const at = `/api/reviews/${id}/drafts/${draft!.id}`
    const where = params({ id, draftId: draft!.id })
    const body = {
      version: draft!.version,
      stances: [{ claim: CLAIM, value: 'rejects', label: 'Denies any help' }],
    }
    expect((await draftRoute.PATCH(harness.request('PATCH', at, 'nobody', body), where)).status).toBe(401)
    expect((await draftRoute.PATCH(harness.request('PATCH', at, 'reader', body), where)).status).toBe(403)
    expect((await getReview(harness.store.db, id))!.drafts[0]!.stances).toEqual([])
    const saved = await draftRoute.PATCH(harness.request('PATCH', at, 'editor', body), where)
    expect(saved.status).toBe(200)
    expect((await getReview(harness.store.db, id))!.drafts[0]!.stances).toEqual(body.stances)
  })

  it('cannot make a draft reviewed without any stance: a 400 saying what is missing', async () => {
    const { id } = await openReview()
    const [draft] = (await getReview(harness.store.db, id))!.drafts
    const at = `/api/reviews/${id}/drafts/${draft!.id}`
    const answer = await draftRoute.PATCH(
      harness.request('PATCH', at, 'editor', {
        version: draft!.version,
        perspective: 'taliban',
        reviewed: true,
      }),
      params({ id, draftId: draft!.id }),
    )
    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({
      field: 'reviewed',
      error: 'To mark it reviewed, give it a stance on the question or on another claim.',
    })
    expect((await getReview(harness.store.db, id))!.drafts[0]!.reviewed).toBe(false)
  })
})

describe('a non-response from a selection in review', () => {
  it('is an editor’s write, checked, recorded in the review’s history, and saved into the story', async () => {
    const { id, article } = await openReview()
    const start = article.indexOf(SILENT)
    const at = `/api/reviews/${id}/non-responses`
    const body = { span: { start, end: start + SILENT.length }, perspective: 'taliban', claim: CLAIM }
    const add = (who: 'nobody' | 'reader' | 'editor', sent: object) =>
      nonResponsesRoute.POST(harness.request('POST', at, who, sent), params({ id }))
    expect((await add('nobody', body)).status).toBe(401)
    expect((await add('reader', body)).status).toBe(403)
    expect(await reviewNonResponsesOf(harness.store.db, id, article)).toEqual([])

    const wrongCamp = await add('editor', { ...body, perspective: 'martians' })
    expect(wrongCamp.status).toBe(400)
    expect((await wrongCamp.json()).error).toBe('That camp is not one of this story’s camps.')
    const wrongClaim = await add('editor', { ...body, claim: 'the-moon-is-cheese' })
    expect((await wrongClaim.json()).error).toMatch(/not one of this story’s claims/)
    const wrongDay = await add('editor', { ...body, asOf: '2023-02-30' })
    expect(wrongDay.status).toBe(400)
    expect((await wrongDay.json()).error).toMatch(/must be a real day/)

    const added = await add('editor', body)
    expect(added.status, await added.clone().text()).toBe(200)
    const { nonResponse } = (await added.json()) as {
      nonResponse: { id: string; text: string; version: number }
    }
    expect(nonResponse).toMatchObject({ text: SILENT, perspective: 'taliban', claim: CLAIM, asOf: null })
    expect((await add('editor', body)).status).toBe(400)

    const one = `${at}/${nonResponse.id}`
    const where = params({ id, nonResponseId: nonResponse.id })
    const gone = (who: 'nobody' | 'reader') =>
      nonResponseRoute.DELETE(harness.request('DELETE', one, who, { version: nonResponse.version }), where)
    expect((await gone('nobody')).status).toBe(401)
    expect((await gone('reader')).status).toBe(403)
    const history = await entityHistory(harness.store.db, STORY, 'draft', `${id}/${nonResponse.id}`)
    expect(history.map((c) => [c.action, c.actor])).toEqual([['add-non-response', 'user:editor@example.org']])

    // "Save to story" with no statement reviewed still saves the non-response.
    const save = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${id}/save`, 'editor'),
      params({ id }),
    )
    expect(save.status, await save.clone().text()).toBe(200)
    const result = (await save.json()) as { added: string[]; nonResponses: string[]; sourceId: string }
    expect(result.added).toEqual([])
    expect(result.nonResponses).toHaveLength(1)
    const stored = (await readNonResponses(harness.store.db, STORY)).find(
      (n) => n.id === result.nonResponses[0],
    )!
    expect(stored).toMatchObject({
      perspectiveId: 'taliban',
      claimId: CLAIM,
      sourceId: result.sourceId,
      text: SILENT,
      asOf: null,
    })
    expect(await reviewNonResponsesOf(harness.store.db, id, article)).toEqual([])
    const [latest] = await storyHistory(harness.store.db, STORY, 5)
    expect(latest).toMatchObject({ entity: 'non-response', action: 'save', entityId: stored.id })
  })
})
