import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { addUserAs } from '@/lib/commands/testing'
import { params, routeHarness, signInCookie, type Harness } from '@/lib/commands/route-testing'
import { blindCodings, getReview, readReview, reviewNonResponsesOf } from '@/lib/store/reviews'
import { settledFields } from '@/lib/store/codings'
import { entityHistory } from '@/lib/store/history'
import { readStory } from '@/lib/store/read'
import { POST as signIn } from '../auth/[...all]/route'
import * as codedRoute from './[id]/coded/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as settleRoute from './[id]/drafts/[draftId]/settle/route'
import * as nonResponsesRoute from './[id]/non-responses/route'
import * as nonResponseRoute from './[id]/non-responses/[nonResponseId]/route'
import * as saveRoute from './[id]/save/route'
import * as reviewsRoute from '../stories/[id]/reviews/route'
import * as unitsRoute from '../../stories/[slug]/agreement/units.csv/route'

/**
 * Blind double coding with stances on further claims and non-responses, through the
 * routes: the coders' differing stance on a claim is left open on the settlement and
 * settled by taking a side (its label with it); their non-responses reach the settlement,
 * a shared one once; what the settlement keeps is what "Save to story" saves.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const OPERATE = 'militants-operate-from-afghan-territory'
const STRATEGY = 'pakistani-military-strategy-shares-blame'
const FUNDING = 'accusations-secure-funding-for-pakistan'
const QUOTE = 'No militant crosses from our side and the army has failed on its own'
const SILENT = 'Pakistani officials have not responded to the charge about funding'
const QUIET = 'The Taliban said nothing about the bases'
const ARTICLE = `Kabul, Monday. A spokesman said: “${QUOTE}.” ${SILENT}. ${QUIET}.`
const FIRST = 'editor@example.org'
const SECOND = 'second.claims@example.org'

let harness: Harness
let secondCookie: string
beforeAll(async () => {
  harness = await routeHarness(signIn)
  await addUserAs(harness.store.db, {
    email: SECOND,
    role: 'editor',
    name: 'Second Coder',
    password: 'second password',
  })
  secondCookie = await signInCookie(signIn, SECOND, 'second password', '10.1.0.19')
}, 180_000)
afterAll(() => harness?.close())

function asSecond(method: string, url: string, body?: unknown) {
  const request = harness.request(method, url, 'nobody', body)
  request.headers.set('cookie', secondCookie)
  return request
}

const span = (words: string) => ({
  start: ARTICLE.indexOf(words),
  end: ARTICLE.indexOf(words) + words.length,
})

describe('stances on further claims and non-responses, coded twice and settled', () => {
  let first = ''
  let second = ''
  let settlementId = ''

  it('lets each coder code claims and non-responses blind, then opens the settlement', async () => {
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
    const coded = {
      version: 1,
      perspective: 'taliban',
      stance: { value: 'rejects', label: 'Denies it' },
      kind: 'direct',
      channel: 'firsthand',
      reviewed: true,
    }
    // The first coder: rejects OPERATE, supports STRATEGY. The second: STRATEGY only.
    const mine = await draftRoute.PATCH(
      harness.request('PATCH', `/api/reviews/${first}/drafts/d1`, 'editor', {
        ...coded,
        stances: [
          { claim: OPERATE, value: 'rejects', label: 'No militant crosses' },
          { claim: STRATEGY, value: 'supports', label: 'The army failed' },
        ],
      }),
      params({ id: first, draftId: 'd1' }),
    )
    expect(mine.status, await mine.clone().text()).toBe(200)
    const theirs = await draftRoute.PATCH(
      asSecond('PATCH', `/api/reviews/${second}/drafts/d1`, {
        ...coded,
        stances: [{ claim: STRATEGY, value: 'supports', label: 'Blames the army' }],
      }),
      params({ id: second, draftId: 'd1' }),
    )
    expect(theirs.status, await theirs.clone().text()).toBe(200)
    // Both record the officials' silence on FUNDING; the second alone the Taliban's on OPERATE.
    for (const [request, id] of [
      [
        harness.request('POST', `/api/reviews/${first}/non-responses`, 'editor', {
          span: span(SILENT),
          perspective: 'pakistani-officials',
          claim: FUNDING,
        }),
        first,
      ],
      [
        asSecond('POST', `/api/reviews/${second}/non-responses`, {
          span: span(SILENT),
          perspective: 'pakistani-officials',
          claim: FUNDING,
          asOf: '2024-02-01',
        }),
        second,
      ],
      [
        asSecond('POST', `/api/reviews/${second}/non-responses`, {
          span: span(QUIET),
          perspective: 'taliban',
          claim: OPERATE,
        }),
        second,
      ],
    ] as const) {
      const added = await nonResponsesRoute.POST(request, params({ id }))
      expect(added.status, await added.clone().text()).toBe(200)
    }
    for (const [request, id] of [
      [harness.request('POST', `/api/reviews/${first}/coded`, 'editor'), first],
      [asSecond('POST', `/api/reviews/${second}/coded`), second],
    ] as const) {
      const done = await codedRoute.POST(request, params({ id }))
      expect(done.status, await done.clone().text()).toBe(200)
    }
    settlementId = (await blindCodings(harness.store.db, STORY)).find((c) =>
      c.coders.some((x) => x.reviewId === first),
    )!.settlementId!
    const settlement = (await getReview(harness.store.db, settlementId))!
    // STRATEGY agreed: carried with the first coder's label. OPERATE differs: open, not reviewed.
    expect(settlement.drafts[0]).toMatchObject({
      id: 'p1',
      reviewed: false,
      perspective: 'taliban',
      stances: [{ claim: STRATEGY, value: 'supports', label: 'The army failed' }],
    })
    // The shared non-response once (the first coder's, without a date), and the second coder's own.
    const carried = await reviewNonResponsesOf(harness.store.db, settlementId, ARTICLE)
    expect(carried.map((n) => [n.id, n.perspective, n.claim, n.asOf, n.text])).toEqual([
      ['n1', 'pakistani-officials', FUNDING, null, SILENT],
      ['n2', 'taliban', OPERATE, null, QUIET],
    ])
    const history = await entityHistory(harness.store.db, STORY, 'draft', `${settlementId}/n2`)
    expect(history.map((h) => [h.action, h.actor, (h.after as { recordedBy: string }).recordedBy])).toEqual([
      ['compare', `user:${SECOND}`, 'second'],
    ])
  })

  it('measures the stance on each claim in the units export', async () => {
    const csv = await (
      await unitsRoute.GET(
        harness.request('GET', `/stories/${STORY}/agreement/units.csv`, 'reader'),
        params({ slug: STORY }),
      )
    ).text()
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    const columns = header!.split(',')
    const row = rows.find((r) => r.includes(QUOTE))!.split(',')
    const at = (name: string) => columns.indexOf(name)
    expect(at('stance (first coder)')).toBe(16)
    const operate = at(
      'stance on: Militants who attack Pakistan operate from Afghan territory. (first coder)',
    )
    expect(operate).toBeGreaterThan(17)
    expect([row[operate], row[operate + 1]]).toEqual(['rejects', 'does not address'])
    const strategy = at(
      'stance on: Pakistan’s own military strategy shares the blame for the militant violence. (first coder)',
    )
    expect([row[strategy], row[strategy + 1]]).toEqual(['supports', 'supports'])
  })

  it('refuses to settle a claim’s stance without a session, for a reader, or for a claim no coder addressed', async () => {
    const at = `/api/reviews/${settlementId}/drafts/p1/settle`
    const where = params({ id: settlementId, draftId: 'p1' })
    const body = { version: 1, field: `claim:${OPERATE}`, side: 'first' }
    expect((await settleRoute.POST(harness.request('POST', at, 'nobody', body), where)).status).toBe(401)
    expect((await settleRoute.POST(harness.request('POST', at, 'reader', body), where)).status).toBe(403)
    for (const field of [`claim:${FUNDING}`, 'claim:', 'colour']) {
      const refused = await settleRoute.POST(harness.request('POST', at, 'editor', { ...body, field }), where)
      expect(refused.status, field).toBe(400)
      expect(((await refused.json()) as { error: string }).error, field).toMatch(
        /nothing to settle|Choose which difference/,
      )
    }
    expect((await getReview(harness.store.db, settlementId))!.drafts[0]!.version).toBe(1)
  })

  it('settles the claim’s stance by taking a side, with its label, and records who did', async () => {
    const taken = await settleRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/drafts/p1/settle`, 'admin', {
        version: 1,
        field: `claim:${OPERATE}`,
        side: 'first',
      }),
      params({ id: settlementId, draftId: 'p1' }),
    )
    expect(taken.status, await taken.clone().text()).toBe(200)
    expect(((await taken.json()) as { draft: unknown }).draft).toMatchObject({
      reviewed: true,
      stances: [
        { claim: OPERATE, value: 'rejects', label: 'No militant crosses' },
        { claim: STRATEGY, value: 'supports', label: 'The army failed' },
      ],
    })
    const history = await entityHistory(harness.store.db, STORY, 'draft', `${settlementId}/p1`)
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['review', 'user:admin@example.org'],
      ['settle', 'user:admin@example.org'],
      ['compare', `user:${SECOND}`],
    ])
    expect((history[1]!.after as { settled: string }).settled).toBe(`claim:${OPERATE}`)
    expect(await settledFields(harness.store.db, STORY, settlementId)).toEqual(
      new Map([['p1', [`claim:${OPERATE}`]]]),
    )
  })

  it('lets an editor, and nobody less, remove a non-response one coder alone recorded; saves what is kept', async () => {
    const at = `/api/reviews/${settlementId}/non-responses/n2`
    const where = params({ id: settlementId, nonResponseId: 'n2' })
    expect(
      (await nonResponseRoute.DELETE(harness.request('DELETE', at, 'nobody', { version: 1 }), where)).status,
    ).toBe(401)
    expect(
      (await nonResponseRoute.DELETE(harness.request('DELETE', at, 'reader', { version: 1 }), where)).status,
    ).toBe(403)
    const removed = await nonResponseRoute.DELETE(
      harness.request('DELETE', at, 'editor', { version: 1 }),
      where,
    )
    expect(removed.status, await removed.clone().text()).toBe(200)
    const saved = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(saved.status, await saved.clone().text()).toBe(200)
    const story = (await readStory(harness.store.db, STORY))!
    expect(story.statements.find((s) => s.text === QUOTE)).toMatchObject({
      stances: [
        { claim: OPERATE, value: 'rejects', label: 'No militant crosses' },
        { claim: STRATEGY, value: 'supports', label: 'The army failed' },
      ],
    })
    expect(
      story.nonResponses
        .filter((n) => n.text === SILENT || n.text === QUIET)
        .map((n) => [n.perspective, n.claim]),
    ).toEqual([['pakistani-officials', FUNDING]])
    // Both codings stay as they were.
    expect((await reviewNonResponsesOf(harness.store.db, second, ARTICLE)).length).toBe(2)
    expect((await getReview(harness.store.db, second))!.drafts[0]!.stances).toHaveLength(1)
  })
})
