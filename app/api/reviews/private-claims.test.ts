import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { addUserAs } from '@/lib/commands/testing'
import { draftKey } from '@/lib/commands/drafts/rows'
import { params, routeHarness, signInCookie, type Harness } from '@/lib/commands/route-testing'
import { readClaimSummaries } from '@/lib/store/claim-index'
import { readStoryClaims, sharedClaimChoices, stancesOfStatement } from '@/lib/store/claim-reads'
import { entityHistory } from '@/lib/store/history'
import { privateClaimsOf } from '@/lib/store/private-claims'
import { readStory } from '@/lib/store/read'
import { blindCodings, getReview, readReview, reviewNonResponsesOf } from '@/lib/store/reviews'
import { POST as signIn } from '../auth/[...all]/route'
import * as claimsRoute from './[id]/claims/route'
import * as settleClaimRoute from './[id]/claims/[claimId]/settle/route'
import * as codedRoute from './[id]/coded/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as saveRoute from './[id]/save/route'
import * as nonResponsesRoute from './[id]/non-responses/route'
import * as settleRoute from './[id]/drafts/[draftId]/settle/route'
import * as reviewsRoute from '../stories/[id]/reviews/route'
import * as storyClaimsRoute from '../stories/[id]/claims/route'
import * as unitsRoute from '../../stories/[slug]/agreement/units.csv/route'

/**
 * Claims a blind coder creates in their review (issue 23 §1), through the routes as the
 * server runs them: private to that review until both coders are done (no request from
 * the other coder, another editor, an admin, a reader or nobody reads or uses one, and no
 * read of the shared claims holds one), then kept, merged or dropped at the settlement,
 * and nothing private reaches the story unless kept; likewise a non-response the coder
 * records against a claim of their own.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const QUOTE = 'Our own generals chose the wrong strategy in the tribal districts'
const ARTICLE = `Peshawar, Tuesday. A retired general said: “${QUOTE}.” Nothing more was said.`
const FIRST = 'editor@example.org'
const SECOND = 'second.coder@example.org'
const THIRD = 'third.editor@example.org'
/** The first coder's own claim, and the same words from the second coder (an id clash). */
const KEPT = 'Pakistan’s generals misjudged the tribal districts.'
/** A claim only the first coder makes, later dropped: it must never reach the story. */
const DROPPED = 'The tribal districts were never governed from Islamabad.'

let harness: Harness
const cookies: Record<string, string> = {}
beforeAll(async () => {
  harness = await routeHarness(signIn)
  for (const [email, name] of [
    [SECOND, 'Second Coder'],
    [THIRD, 'Third Editor'],
  ] as const) {
    await addUserAs(harness.store.db, { email, role: 'editor', name, password: `${name} password` })
    cookies[email] = await signInCookie(signIn, email, `${name} password`, `10.1.0.${name.length}`)
  }
}, 180_000)
afterAll(() => harness?.close())

/** A request as one of the editors: the harness's own (the first coder) or one signed in here. */
function as(email: string, method: string, url: string, body?: unknown) {
  if (email === FIRST) return harness.request(method, url, 'editor', body)
  const request = harness.request(method, url, 'nobody', body)
  request.headers.set('cookie', cookies[email]!)
  return request
}

/** A one-quote article coded twice, blind, by FIRST and SECOND: their two reviews. */
async function codeTwice(article: string, quote: string) {
  const created = await reviewsRoute.POST(
    harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
      ...oneQuoteReview(article, quote),
      coders: [FIRST, SECOND],
    }),
    params({ id: STORY }),
  )
  expect(created.status, await created.clone().text()).toBe(200)
  const first = ((await created.json()) as { id: string }).id
  const read = (await readReview(harness.store.db, first, `user:${FIRST}`))!
  return { first, second: read.coders.find((c) => c.coder === `user:${SECOND}`)!.id }
}

const main = { value: 'supports', label: 'Blames the army’s strategy' } as const
const coded = { perspective: 'analysts', kind: 'direct', channel: 'firsthand', stance: main }

/** Every read of the shared claims, as any page, count or export makes it, in one text. */
async function everySharedRead(): Promise<string> {
  const db = harness.store.db
  const units = await Promise.all(
    (['editor', 'reader', 'nobody'] as const).map(async (who) =>
      (
        await unitsRoute.GET(
          harness.request('GET', `/stories/${STORY}/agreement/units.csv`, who),
          params({ slug: STORY }),
        )
      ).text(),
    ),
  )
  return JSON.stringify([
    await readClaimSummaries(db),
    await sharedClaimChoices(db, STORY),
    await readStoryClaims(db, STORY),
    await readStory(db, STORY),
    await blindCodings(db, STORY),
    units,
  ])
}

describe('claims a blind coder creates', () => {
  let first: string
  let second: string
  let draftId: string
  let mine: string
  let clash: string
  let dropped: string

  it('are created in the coder’s own review, each private to it, the same words twice as two claims', async () => {
    const coding = await codeTwice(ARTICLE, QUOTE)
    first = coding.first
    second = coding.second
    draftId = (await getReview(harness.store.db, first))!.drafts[0]!.id

    const create = async (email: string, reviewId: string, wording: string) => {
      const response = await claimsRoute.POST(
        as(email, 'POST', `/api/reviews/${reviewId}/claims`, { wording }),
        params({ id: reviewId }),
      )
      expect(response.status, await response.clone().text()).toBe(200)
      return (await response.json()) as { claim: { id: string; wording: string }; claims: { id: string }[] }
    }
    const a = await create(FIRST, first, KEPT)
    mine = a.claim.id
    dropped = (await create(FIRST, first, DROPPED)).claim.id
    const b = await create(SECOND, second, KEPT)
    clash = b.claim.id
    expect(clash).not.toBe(mine)
    // Each coder's answer lists their own claims only.
    expect(b.claims.map((c) => c.id)).toEqual([clash])
    // The same words twice in one review are refused.
    const again = await claimsRoute.POST(
      as(FIRST, 'POST', `/api/reviews/${first}/claims`, { wording: ` ${KEPT} ` }),
      params({ id: first }),
    )
    expect(again.status).toBe(400)
  })

  it('are refused to everyone but their coder, and found by no read of the shared claims', async () => {
    const at = `/api/reviews/${first}/claims`
    for (const [who, request, status] of [
      ['second coder', () => as(SECOND, 'POST', at, { wording: 'Anything at all.' }), 403],
      ['another editor', () => as(THIRD, 'POST', at, { wording: 'Anything at all.' }), 403],
      ['admin', () => harness.request('POST', at, 'admin', { wording: 'Anything at all.' }), 403],
      ['reader', () => harness.request('POST', at, 'reader', { wording: 'Anything at all.' }), 403],
      ['nobody', () => harness.request('POST', at, 'nobody', { wording: 'Anything at all.' }), 401],
    ] as const) {
      const refused = await claimsRoute.POST(request(), params({ id: first }))
      expect(refused.status, who).toBe(status)
      const text = await refused.text()
      expect(text, who).not.toContain(KEPT)
      expect(text, who).not.toContain(DROPPED)
    }
    // The coder codes a stance on their claim; the second coder cannot use it, even by its id.
    const [draft] = (await getReview(harness.store.db, first))!.drafts
    const set = await draftRoute.PATCH(
      as(FIRST, 'PATCH', `/api/reviews/${first}/drafts/${draftId}`, {
        version: draft!.version,
        ...coded,
        stances: [
          { claim: mine, value: 'supports', label: 'Says the generals chose wrong' },
          { claim: dropped, value: 'neutral', label: 'Names the districts' },
        ],
        reviewed: true,
      }),
      params({ id: first, draftId }),
    )
    expect(set.status, await set.clone().text()).toBe(200)
    const [theirs] = (await getReview(harness.store.db, second))!.drafts
    const borrowed = await draftRoute.PATCH(
      as(SECOND, 'PATCH', `/api/reviews/${second}/drafts/${draftId}`, {
        version: theirs!.version,
        stances: [{ claim: mine, value: 'supports', label: 'x' }],
      }),
      params({ id: second, draftId }),
    )
    expect(borrowed.status).toBe(400)
    expect(await borrowed.text()).not.toContain(KEPT)
    // Settling before both are done: there is no settlement, and a coder's review is not one.
    for (const [who, request] of [
      [
        'second coder',
        () => as(SECOND, 'POST', `/api/reviews/${first}/claims/${mine}/settle`, { outcome: 'keep' }),
      ],
      [
        'another editor',
        () => as(THIRD, 'POST', `/api/reviews/${first}/claims/${mine}/settle`, { outcome: 'keep' }),
      ],
    ] as const) {
      const refused = await settleClaimRoute.POST(request(), params({ id: first, claimId: mine }))
      expect(refused.status, who).toBe(400)
      expect(await refused.text(), who).not.toContain(KEPT)
    }
    // Picking it from the shared list by its id, to add to the story: not in the store's claims.
    const picked = await storyClaimsRoute.POST(
      as(SECOND, 'POST', `/api/stories/${STORY}/claims`, { claimId: mine }),
      params({ id: STORY }),
    )
    expect(picked.status).toBe(404)
    expect(await picked.text()).not.toContain(KEPT)
    // The reviews as the pages read them, for anyone but the coder: that they exist, no more.
    for (const actor of [
      `user:${SECOND}`,
      `user:${THIRD}`,
      'user:admin@example.org',
      'user:reader@example.org',
      null,
    ]) {
      const read = JSON.stringify(await readReview(harness.store.db, first, actor))
      expect(read, String(actor)).not.toContain(KEPT)
    }
    const shared = await everySharedRead()
    expect(shared).not.toContain(KEPT)
    expect(shared).not.toContain(DROPPED)
    expect(shared).not.toContain(mine)
  })

  it('are shown at the settlement once both are done, and kept, merged or dropped by an editor', async () => {
    const [theirs] = (await getReview(harness.store.db, second))!.drafts
    const set = await draftRoute.PATCH(
      as(SECOND, 'PATCH', `/api/reviews/${second}/drafts/${draftId}`, {
        version: theirs!.version,
        ...coded,
        stances: [{ claim: clash, value: 'mixed', label: 'Partly blames the generals' }],
        reviewed: true,
      }),
      params({ id: second, draftId }),
    )
    expect(set.status, await set.clone().text()).toBe(200)
    for (const [email, id] of [
      [FIRST, first],
      [SECOND, second],
    ] as const) {
      const done = await codedRoute.POST(as(email, 'POST', `/api/reviews/${id}/coded`), params({ id }))
      expect(done.status, await done.clone().text()).toBe(200)
    }
    const settlementId = (await blindCodings(harness.store.db, STORY)).find((c) =>
      c.coders.some((x) => x.reviewId === first),
    )!.settlementId!
    // Still not shared: the settlement holds the coders' claims until an editor settles them.
    expect(await everySharedRead()).not.toContain(KEPT)
    const claims = await privateClaimsOf(harness.store.db, [first, second])
    expect(claims.map((c) => [c.wording, c.createdBy, c.outcome])).toEqual([
      [KEPT, `user:${FIRST}`, null],
      [DROPPED, `user:${FIRST}`, null],
      [KEPT, `user:${SECOND}`, null],
    ])

    // Each coder addressed only their own claims: differences, which the editor settles by
    // taking the first coder's side on each (the second coder's claim is thus left off).
    for (const claim of [mine, dropped, clash]) {
      const [pair] = (await getReview(harness.store.db, settlementId))!.drafts
      const taken = await settleRoute.POST(
        harness.request('POST', `/api/reviews/${settlementId}/drafts/${pair!.id}/settle`, 'editor', {
          version: pair!.version,
          field: `claim:${claim}`,
          side: 'first',
        }),
        params({ id: settlementId, draftId: pair!.id }),
      )
      expect(taken.status, await taken.clone().text()).toBe(200)
    }
    const settle = (who: 'reader' | 'nobody' | 'editor', claimId: string, body: object) =>
      settleClaimRoute.POST(
        harness.request('POST', `/api/reviews/${settlementId}/claims/${claimId}/settle`, who, body),
        params({ id: settlementId, claimId }),
      )
    expect((await settle('reader', mine, { outcome: 'keep' })).status).toBe(403)
    expect((await settle('nobody', mine, { outcome: 'keep' })).status).toBe(401)
    // Saving now would carry private claims into the story: refused, naming them.
    const early = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(early.status).toBe(400)
    expect(await early.text()).toMatch(/Settle the coders’ own claims first/)

    // The clash: the second coder's claim merged into the first coder's, then that one kept.
    const merged = await settle('editor', clash, { outcome: 'merge', into: mine })
    expect(merged.status, await merged.clone().text()).toBe(200)
    const kept = await settleClaimRoute.POST(
      as(THIRD, 'POST', `/api/reviews/${settlementId}/claims/${mine}/settle`, { outcome: 'keep' }),
      params({ id: settlementId, claimId: mine }),
    )
    expect(kept.status, await kept.clone().text()).toBe(200)
    const keptId = ((await kept.json()) as { claimId: string }).claimId
    expect(keptId).not.toMatch(/^private:/)
    const again = await settle('editor', mine, { outcome: 'drop' })
    expect(again.status).toBe(409)
    const drop = await settle('editor', dropped, { outcome: 'drop' })
    expect(drop.status, await drop.clone().text()).toBe(200)

    // The story's history names who created the kept claim and who kept it.
    const history = await entityHistory(harness.store.db, STORY, 'claim', keptId)
    expect(history.map((h) => [h.action, h.actor])).toEqual([['keep', `user:${THIRD}`]])
    expect(history[0]!.after).toMatchObject({
      wording: KEPT,
      createdBy: `user:${FIRST}`,
      keptBy: `user:${THIRD}`,
    })
    // The settlement's statement now holds its stance on the kept claim; the dropped one is gone.
    const [pair] = (await getReview(harness.store.db, settlementId))!.drafts
    expect(pair!.stances).toEqual([
      { claim: keptId, value: 'supports', label: 'Says the generals chose wrong' },
    ])

    const saved = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(saved.status, await saved.clone().text()).toBe(200)
    const [statementId] = ((await saved.json()) as { added: string[] }).added
    expect((await readStoryClaims(harness.store.db, STORY)).at(-1)).toMatchObject({
      id: keptId,
      wording: KEPT,
    })
    expect(await stancesOfStatement(harness.store.db, STORY, statementId!)).toEqual([
      { claim: keptId, value: 'supports', label: 'Says the generals chose wrong' },
    ])
    const shared = await everySharedRead()
    expect(shared).toContain(KEPT)
    expect(shared).not.toContain(DROPPED)
    expect(shared).not.toContain('private:')
  })
})

const SILENT_QUOTE = 'The tribal districts were promised schools and got checkpoints'
const SILENT_ARTICLE = `Quetta, Monday. A teacher said: “${SILENT_QUOTE}.” The army has not responded to the claims made by teachers.`
const SILENCE = 'The army has not responded to the claims made by teachers'
/** The first coder's own claims: one kept at the settlement, one dropped. */
const SILENT_KEPT = 'The districts got checkpoints instead of schools.'
const SILENT_DROPPED = 'Teachers in the districts were never consulted.'

const silenceAt = SILENT_ARTICLE.indexOf(SILENCE)
const silence = (claim: string) => ({
  span: { start: silenceAt, end: silenceAt + SILENCE.length },
  perspective: 'pakistani-officials',
  claim,
})

/**
 * A non-response a blind coder records against a claim of their own (issues 20 §1 and
 * 23 §1): private to that review like the claim, until both coders are done; then carried
 * through the claim's settlement, re-pointed to the claim it was kept as, removed with a
 * dropped one, and never saved to the story while it names a claim not settled yet.
 */
describe('a non-response on a blind coder’s own claim', () => {
  let first: string
  let second: string
  let kept: string
  let dropped: string
  let settlementId: string

  it('is recorded by the coder in their own review, and refused to everyone else', async () => {
    const coding = await codeTwice(SILENT_ARTICLE, SILENT_QUOTE)
    first = coding.first
    second = coding.second
    for (const wording of [SILENT_KEPT, SILENT_DROPPED]) {
      const made = await claimsRoute.POST(
        as(FIRST, 'POST', `/api/reviews/${first}/claims`, { wording }),
        params({ id: first }),
      )
      expect(made.status, await made.clone().text()).toBe(200)
      const id = ((await made.json()) as { claim: { id: string } }).claim.id
      if (wording === SILENT_KEPT) kept = id
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
      expect(await refused.text(), who).not.toContain(SILENT_KEPT)
    }
    // The second coder cannot name it in their own review, even by its id.
    const borrowed = await nonResponsesRoute.POST(
      as(SECOND, 'POST', `/api/reviews/${second}/non-responses`, silence(kept)),
      params({ id: second }),
    )
    expect(borrowed.status).toBe(400)
    expect(await borrowed.text()).toMatch(/not one of this story’s claims/)
    expect(await reviewNonResponsesOf(harness.store.db, second, SILENT_ARTICLE)).toEqual([])
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
        as(email, 'PATCH', `/api/reviews/${id}/drafts/${draft!.id}`, {
          version: draft!.version,
          ...coded,
          reviewed: true,
        }),
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
    const carried = await reviewNonResponsesOf(harness.store.db, settlementId, SILENT_ARTICLE)
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

    const [silent, ...none] = await reviewNonResponsesOf(harness.store.db, settlementId, SILENT_ARTICLE)
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
    expect(JSON.stringify(story)).not.toContain(SILENT_DROPPED)
  })
})
