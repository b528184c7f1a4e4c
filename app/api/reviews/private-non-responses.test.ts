import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { addUserAs } from '@/lib/commands/testing'
import { draftKey } from '@/lib/commands/drafts/rows'
import { params, routeHarness, signInCookie, type Harness } from '@/lib/commands/route-testing'
import { readStoryClaims } from '@/lib/store/claim-reads'
import { entityHistory } from '@/lib/store/history'
import { readStory } from '@/lib/store/read'
import { blindCodings, getReview, readReview, reviewNonResponsesOf } from '@/lib/store/reviews'
import { POST as signIn } from '../auth/[...all]/route'
import * as claimsRoute from './[id]/claims/route'
import * as settleClaimRoute from './[id]/claims/[claimId]/settle/route'
import * as codedRoute from './[id]/coded/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as nonResponsesRoute from './[id]/non-responses/route'
import * as saveRoute from './[id]/save/route'
import * as reviewsRoute from '../stories/[id]/reviews/route'

/**
 * A non-response a blind coder records against a claim of their own (issues 20 §1 and
 * 23 §1), through the routes: private to that review like the claim, until both coders are
 * done; then carried through the claim's settlement, re-pointed to the claim it was kept
 * as, removed with a dropped one, and never saved to the story while it names a claim not
 * settled yet.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const QUOTE = 'The tribal districts were promised schools and got checkpoints'
const ARTICLE = `Quetta, Monday. A teacher said: “${QUOTE}.” The army has not responded to the claims made by teachers.`
const SILENCE = 'The army has not responded to the claims made by teachers'
const FIRST = 'editor@example.org'
const SECOND = 'second.silent@example.org'
const THIRD = 'third.silent@example.org'
/** The first coder's own claims: one kept at the settlement, one dropped. */
const KEPT = 'The districts got checkpoints instead of schools.'
const DROPPED = 'Teachers in the districts were never consulted.'

let harness: Harness
const cookies: Record<string, string> = {}
beforeAll(async () => {
  harness = await routeHarness(signIn)
  for (const [email, name] of [
    [SECOND, 'Silent Second'],
    [THIRD, 'Silent Third'],
  ] as const) {
    await addUserAs(harness.store.db, { email, role: 'editor', name, password: `${name} password` })
    cookies[email] = await signInCookie(signIn, email, `${name} password`, `10.2.0.${name.length}`)
  }
}, 180_000)
afterAll(() => harness?.close())

function as(email: string, method: string, url: string, body?: unknown) {
  if (email === FIRST) return harness.request(method, url, 'editor', body)
  const request = harness.request(method, url, 'nobody', body)
  request.headers.set('cookie', cookies[email]!)
  return request
}

const coded = {
  perspective: 'analysts',
  kind: 'direct',
  channel: 'firsthand',
  stance: { value: 'supports', label: 'Says schools were promised' },
  reviewed: true,
}
const start = ARTICLE.indexOf(SILENCE)
const silence = (claim: string) => ({
  span: { start, end: start + SILENCE.length },
  perspective: 'pakistani-officials',
  claim,
})

describe('a non-response on a blind coder’s own claim', () => {
  let first: string
  let second: string
  let kept: string
  let dropped: string
  let settlementId: string

  it('is recorded by the coder in their own review, and refused to everyone else', async () => {
    const created = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
        ...oneQuoteReview(ARTICLE, QUOTE),
        coders: [FIRST, SECOND],
      }),
      params({ id: STORY }),
    )
    expect(created.status, await created.clone().text()).toBe(200)
    first = ((await created.json()) as { id: string }).id
    second = (await readReview(harness.store.db, first, `user:${FIRST}`))!.coders.find(
      (c) => c.coder === `user:${SECOND}`,
    )!.id
    for (const wording of [KEPT, DROPPED]) {
      const made = await claimsRoute.POST(
        as(FIRST, 'POST', `/api/reviews/${first}/claims`, { wording }),
        params({ id: first }),
      )
      expect(made.status, await made.clone().text()).toBe(200)
      const id = ((await made.json()) as { claim: { id: string } }).claim.id
      if (wording === KEPT) kept = id
      else dropped = id
    }
    const at = `/api/reviews/${first}/non-responses`
    // Everyone but the coder is refused, and no answer names the claim.
    for (const [who, request, status] of [
      ['second coder', () => as(SECOND, 'POST', at, silence(kept)), 403],
      ['another editor', () => as(THIRD, 'POST', at, silence(kept)), 403],
      ['reader', () => harness.request('POST', at, 'reader', silence(kept)), 403],
      ['nobody', () => harness.request('POST', at, 'nobody', silence(kept)), 401],
    ] as const) {
      const refused = await nonResponsesRoute.POST(request(), params({ id: first }))
      expect(refused.status, who).toBe(status)
      expect(await refused.text(), who).not.toContain(KEPT)
    }
    // The second coder cannot name it in their own review, even by its id.
    const borrowed = await nonResponsesRoute.POST(
      as(SECOND, 'POST', `/api/reviews/${second}/non-responses`, silence(kept)),
      params({ id: second }),
    )
    expect(borrowed.status).toBe(400)
    expect(await borrowed.text()).toMatch(/not one of this story’s claims/)
    expect(await reviewNonResponsesOf(harness.store.db, second, ARTICLE)).toEqual([])
    // The coder records both.
    for (const claim of [kept, dropped]) {
      const recorded = await nonResponsesRoute.POST(
        as(FIRST, 'POST', at, silence(claim)),
        params({ id: first }),
      )
      expect(recorded.status, await recorded.clone().text()).toBe(200)
      expect(((await recorded.json()) as { nonResponse: { claim: string } }).nonResponse.claim).toBe(claim)
    }
    // The review as anyone but its coder reads it: nothing of either.
    for (const actor of [`user:${SECOND}`, `user:${THIRD}`, 'user:reader@example.org', null]) {
      const read = JSON.stringify(await readReview(harness.store.db, first, actor))
      expect(read, String(actor)).not.toContain(kept)
      expect(read, String(actor)).not.toContain(SILENCE)
    }
    expect(JSON.stringify(await readStory(harness.store.db, STORY))).not.toContain(kept)
  })

  it('follows its claim at the settlement: re-pointed when kept, removed when dropped', async () => {
    for (const [email, id] of [
      [FIRST, first],
      [SECOND, second],
    ] as const) {
      const [draft] = (await getReview(harness.store.db, id))!.drafts
      const set = await draftRoute.PATCH(
        as(email, 'PATCH', `/api/reviews/${id}/drafts/${draft!.id}`, { version: draft!.version, ...coded }),
        params({ id, draftId: draft!.id }),
      )
      expect(set.status, await set.clone().text()).toBe(200)
    }
    for (const [email, id] of [
      [FIRST, first],
      [SECOND, second],
    ] as const) {
      const done = await codedRoute.POST(as(email, 'POST', `/api/reviews/${id}/coded`), params({ id }))
      expect(done.status, await done.clone().text()).toBe(200)
    }
    settlementId = (await blindCodings(harness.store.db, STORY)).find((c) =>
      c.coders.some((x) => x.reviewId === first),
    )!.settlementId!
    // The settlement carries the first coder's two, as recorded (by them alone).
    const carried = await reviewNonResponsesOf(harness.store.db, settlementId, ARTICLE)
    expect(carried.map((n) => n.claim)).toEqual([kept, dropped])
    // Saving now would carry a private claim into the story: refused, naming the claims.
    const early = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(early.status).toBe(400)
    expect(await early.text()).toMatch(/Settle the coders’ own claims first/)

    const settle = (claimId: string, body: object) =>
      settleClaimRoute.POST(
        as(THIRD, 'POST', `/api/reviews/${settlementId}/claims/${claimId}/settle`, body),
        params({ id: settlementId, claimId }),
      )
    const keep = await settle(kept, { outcome: 'keep' })
    expect(keep.status, await keep.clone().text()).toBe(200)
    const keptId = ((await keep.json()) as { claimId: string }).claimId
    expect((await settle(dropped, { outcome: 'drop' })).status).toBe(200)

    const [silent, ...none] = await reviewNonResponsesOf(harness.store.db, settlementId, ARTICLE)
    expect(none).toEqual([])
    expect(silent).toMatchObject({ claim: keptId, perspective: 'pakistani-officials', text: SILENCE })
    // Each move is in the settlement's history under the settling editor's name.
    const log = (id: string) => entityHistory(harness.store.db, STORY, 'draft', draftKey(settlementId, id))
    const [moved] = await log(silent!.id)
    expect(moved).toMatchObject({
      action: 'settle',
      actor: `user:${THIRD}`,
      before: { claim: kept },
      after: { claim: keptId },
    })
    const goneId = carried.find((n) => n.claim === dropped)!.id
    const [gone] = await log(goneId)
    expect(gone).toMatchObject({
      action: 'remove-non-response',
      actor: `user:${THIRD}`,
      before: { claim: dropped },
      after: null,
    })

    const saved = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(saved.status, await saved.clone().text()).toBe(200)
    const story = (await readStory(harness.store.db, STORY))!
    expect(story.nonResponses.filter((n) => n.claim === keptId)).toMatchObject([
      { perspective: 'pakistani-officials', text: SILENCE },
    ])
    expect((await readStoryClaims(harness.store.db, STORY)).map((c) => c.id)).toContain(keptId)
    expect(JSON.stringify(story)).not.toContain('private:')
    expect(JSON.stringify(story)).not.toContain(DROPPED)
  })
})
