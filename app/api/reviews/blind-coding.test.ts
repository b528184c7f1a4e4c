import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { addUserAs } from '@/lib/commands/testing'
import { params, routeHarness, signInCookie, type Harness } from '@/lib/commands/route-testing'
import { readReview, reviewsWaitingFor, getReview, openReviews, blindCodings } from '@/lib/store/reviews'
import { POST as signIn } from '../auth/[...all]/route'
import * as codedRoute from './[id]/coded/route'
import * as addDraftRoute from './[id]/drafts/route'
import * as draftRoute from './[id]/drafts/[draftId]/route'
import * as reviewedRoute from './[id]/drafts/[draftId]/reviewed/route'
import * as restoreRoute from './[id]/drafts/[draftId]/restore/route'
import * as saveRoute from './[id]/save/route'
import * as settleRoute from './[id]/drafts/[draftId]/settle/route'
import { entityHistory } from '@/lib/store/history'
import { readStory } from '@/lib/store/read'
import * as reviewsRoute from '../stories/[id]/reviews/route'
import * as unitsRoute from '../../stories/[slug]/agreement/units.csv/route'

/**
 * Blind double coding through the routes, as the server runs them: two editors each get
 * a review of the same article with the same drafts, and until both are done no request
 * from the other coder, an admin, a reader or nobody reads or changes a coder's choices,
 * and neither review is saved to the story.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const QUOTE = 'We will not allow anyone to use the soil of Afghanistan against any country'
const ARTICLE = `Kabul, Monday. A spokesman said: “${QUOTE}.” Nothing more was said.`
const FIRST = 'editor@example.org'
const SECOND = 'second.coder@example.org'
/** A choice only the first coder makes: no refusal may carry it. */
const SECRET_LABEL = 'Denies that Afghan soil is used against Pakistan'

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
  secondCookie = await signInCookie(signIn, SECOND, 'second password', '10.1.0.9')
}, 180_000)
afterAll(() => harness?.close())

/** A request as the second coder. */
function asSecond(method: string, url: string, body?: unknown) {
  const request = harness.request(method, url, 'nobody', body)
  request.headers.set('cookie', secondCookie)
  return request
}

const coded = {
  perspective: 'taliban',
  stance: { value: 'rejects', label: SECRET_LABEL },
  kind: 'direct',
  channel: 'firsthand',
}

describe('an article coded twice, blind', () => {
  let first: string
  let second: string
  let draftId: string

  it('gives each coder a review of their own, with the same drafts', async () => {
    const created = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
        ...oneQuoteReview(ARTICLE, QUOTE),
        coders: [FIRST, SECOND],
      }),
      params({ id: STORY }),
    )
    expect(created.status, await created.clone().text()).toBe(200)
    first = ((await created.json()) as { id: string }).id
    const own = (await readReview(harness.store.db, first, `user:${FIRST}`))!
    expect(own.open).toBe(true)
    expect(own.coders.map((c) => c.coder)).toEqual([`user:${FIRST}`, `user:${SECOND}`])
    second = own.coders.find((c) => c.coder === `user:${SECOND}`)!.id
    const a = (await getReview(harness.store.db, first))!
    const b = (await getReview(harness.store.db, second))!
    expect(a.drafts.length).toBe(1)
    const strip = (d: (typeof a.drafts)[number]) => ({ ...d, version: 0 })
    expect(b.drafts.map(strip)).toEqual(a.drafts.map(strip))
    draftId = a.drafts[0]!.id
    // Waiting on each coder's home; neither among the story's open reviews with counts.
    expect((await reviewsWaitingFor(harness.store.db, `user:${SECOND}`)).map((w) => w.reviewId)).toEqual([
      second,
    ])
    expect((await openReviews(harness.store.db, STORY)).map((r) => r.id)).not.toContain(first)
  })

  it('refuses a coder who is not an active editor, and the same coder twice', async () => {
    for (const coders of [
      [FIRST, 'reader@example.org'],
      [FIRST, 'nobody@example.org'],
      [FIRST, FIRST.toUpperCase()],
    ]) {
      const refused = await reviewsRoute.POST(
        harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
          ...oneQuoteReview(`${ARTICLE} ${coders[1]}`, QUOTE),
          coders,
        }),
        params({ id: STORY }),
      )
      expect(refused.status).toBe(400)
      expect(((await refused.json()) as { error: string }).error).toMatch(/editor|different coders/)
    }
  })

  it('lets only the coder change their review, and tells nobody else its content', async () => {
    const at = `/api/reviews/${first}/drafts/${draftId}`
    const where = params({ id: first, draftId })
    const [draft] = (await getReview(harness.store.db, first))!.drafts
    const mine = await draftRoute.PATCH(
      harness.request('PATCH', at, 'editor', { version: draft!.version, ...coded }),
      where,
    )
    expect(mine.status, await mine.clone().text()).toBe(200)
    const marked = await reviewedRoute.POST(
      harness.request('POST', `${at}/reviewed`, 'editor', { version: draft!.version + 1, reviewed: true }),
      where,
    )
    expect(marked.status, await marked.clone().text()).toBe(200)

    // The other coder, an admin, a reader and nobody: refused, and a stale version
    // (which on a plain review answers with the draft as it is now) gives nothing away.
    const attempts: [string, () => Request][] = [
      ['second coder', () => asSecond('PATCH', at, { version: 1, caveats: ['x'] })],
      ['admin', () => harness.request('PATCH', at, 'admin', { version: 1, caveats: ['x'] })],
      ['reader', () => harness.request('PATCH', at, 'reader', { version: 1, caveats: ['x'] })],
      ['nobody', () => harness.request('PATCH', at, 'nobody', { version: 1, caveats: ['x'] })],
    ]
    for (const [who, request] of attempts) {
      const refused = await draftRoute.PATCH(request(), where)
      expect(refused.status, who).toBe(who === 'nobody' ? 401 : 403)
      const text = await refused.text()
      expect(text, who).not.toContain(SECRET_LABEL)
      expect(text, who).not.toContain('taliban')
    }
    for (const [name, send] of [
      ['remove', () => draftRoute.DELETE(asSecond('DELETE', at, { version: 3 }), where)],
      [
        'mark',
        () => reviewedRoute.POST(asSecond('POST', `${at}/reviewed`, { version: 3, reviewed: false }), where),
      ],
      ['restore', () => restoreRoute.POST(asSecond('POST', `${at}/restore`), where)],
      [
        'add',
        () =>
          addDraftRoute.POST(
            asSecond('POST', `/api/reviews/${first}/drafts`, { start: 0, end: 5 }),
            params({ id: first }),
          ),
      ],
      ['done', () => codedRoute.POST(asSecond('POST', `/api/reviews/${first}/coded`), params({ id: first }))],
    ] as const) {
      const refused = await send()
      expect(refused.status, name).toBe(403)
      expect(await refused.text(), name).not.toContain(SECRET_LABEL)
    }
    // The store as the pages read it: the second coder, an admin or a reader sees that it exists.
    for (const actor of [`user:${SECOND}`, 'user:admin@example.org', 'user:reader@example.org', null]) {
      const read = (await readReview(harness.store.db, first, actor))!
      expect(read.open, String(actor)).toBe(false)
      expect(JSON.stringify(read)).not.toContain(SECRET_LABEL)
    }
    // The agreement export counts finished codings only: nothing of this one yet, for anyone.
    for (const who of ['editor', 'reader', 'nobody'] as const) {
      const csv = await unitsRoute.GET(
        harness.request('GET', `/stories/${STORY}/agreement/units.csv`, who),
        params({ slug: STORY }),
      )
      expect(csv.status).toBe(200)
      const text = await csv.text()
      expect(text).not.toContain(SECRET_LABEL)
      // The header names the story's claims (one names the Taliban); no row holds a coder's camp.
      expect(text.split('\r\n').slice(1).join('\n')).not.toContain('Taliban')
    }
    const listed = await blindCodings(harness.store.db, STORY)
    expect(JSON.stringify(listed)).not.toContain(SECRET_LABEL)
    expect(listed.find((c) => c.coders.some((x) => x.reviewId === first))?.coders.map((c) => c.done)).toEqual(
      [false, false],
    )
  })

  it('never saves one coder’s review to the story', async () => {
    for (const [id, request] of [
      [first, harness.request('POST', `/api/reviews/${first}/save`, 'editor')],
      [second, asSecond('POST', `/api/reviews/${second}/save`)],
    ] as const) {
      const refused = await saveRoute.POST(request, params({ id }))
      expect(refused.status).toBe(403)
    }
  })

  it('marks a coding done only when each statement is reviewed, then it changes no more', async () => {
    const early = await codedRoute.POST(
      asSecond('POST', `/api/reviews/${second}/coded`),
      params({ id: second }),
    )
    expect(early.status).toBe(400)
    expect(((await early.json()) as { error: string }).error).toMatch(/1 statement is not marked reviewed/)

    const done = await codedRoute.POST(
      harness.request('POST', `/api/reviews/${first}/coded`, 'editor'),
      params({ id: first }),
    )
    expect(done.status, await done.clone().text()).toBe(200)
    expect(((await done.json()) as { bothDone: boolean }).bothDone).toBe(false)
    const [draft] = (await getReview(harness.store.db, first))!.drafts
    const late = await draftRoute.PATCH(
      harness.request('PATCH', `/api/reviews/${first}/drafts/${draftId}`, 'editor', {
        version: draft!.version,
        caveats: ['later'],
      }),
      params({ id: first, draftId }),
    )
    expect(late.status).toBe(400)
    // Still sealed to the second coder, who has not finished.
    expect((await readReview(harness.store.db, first, `user:${SECOND}`))!.open).toBe(false)
    expect((await reviewsWaitingFor(harness.store.db, `user:${FIRST}`)).map((w) => w.reviewId)).not.toContain(
      first,
    )
  })

  it('opens both codings once the second coder is done too', async () => {
    const [draft] = (await getReview(harness.store.db, second))!.drafts
    const at = `/api/reviews/${second}/drafts/${draftId}`
    const where = params({ id: second, draftId })
    const changed = await draftRoute.PATCH(
      asSecond('PATCH', at, {
        version: draft!.version,
        ...coded,
        perspective: 'pakistani-officials',
        stance: { value: 'supports', label: 'Promises to act' },
        reviewed: true,
      }),
      where,
    )
    expect(changed.status, await changed.clone().text()).toBe(200)
    const done = await codedRoute.POST(
      asSecond('POST', `/api/reviews/${second}/coded`),
      params({ id: second }),
    )
    expect(done.status, await done.clone().text()).toBe(200)
    expect(((await done.json()) as { bothDone: boolean }).bothDone).toBe(true)
    for (const actor of [`user:${SECOND}`, 'user:admin@example.org']) {
      const read = (await readReview(harness.store.db, first, actor))!
      expect(read.open).toBe(true)
      expect(JSON.stringify(read)).toContain(SECRET_LABEL)
    }
    // Now the export holds the pair, both camps side by side; coders named for editors only.
    const forReader = await (
      await unitsRoute.GET(
        harness.request('GET', `/stories/${STORY}/agreement/units.csv`, 'reader'),
        params({ slug: STORY }),
      )
    ).text()
    expect(forReader).toContain('Taliban,Pakistani officials')
    expect(forReader).not.toContain(SECOND)
    const forEditor = await (
      await unitsRoute.GET(
        harness.request('GET', `/stories/${STORY}/agreement/units.csv`, 'editor'),
        params({ slug: STORY }),
      )
    ).text()
    expect(forEditor).toContain('Second Coder')
  })

  it('settles each difference by taking a side, and saves the settlement with its history', async () => {
    const read = (await readReview(harness.store.db, first, 'user:admin@example.org'))!
    const settlementId = (await blindCodings(harness.store.db, STORY)).find((c) =>
      c.coders.some((x) => x.reviewId === first),
    )!.settlementId!
    expect(read.open).toBe(true)
    const [pair] = (await getReview(harness.store.db, settlementId))!.drafts
    // The coders differ on camp and stance: both left open, the rest as agreed.
    expect(pair).toMatchObject({ id: 'p1', perspective: null, stance: null, kind: 'direct', reviewed: false })
    const at = `/api/reviews/${settlementId}/drafts/p1/settle`
    const where = params({ id: settlementId, draftId: 'p1' })
    expect(
      (
        await settleRoute.POST(
          harness.request('POST', at, 'reader', { version: 1, field: 'camp', side: 'first' }),
          where,
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await settleRoute.POST(
          harness.request('POST', at, 'nobody', { version: 1, field: 'camp', side: 'first' }),
          where,
        )
      ).status,
    ).toBe(401)
    const camp = await settleRoute.POST(
      harness.request('POST', at, 'admin', { version: pair!.version, field: 'camp', side: 'second' }),
      where,
    )
    expect(camp.status, await camp.clone().text()).toBe(200)
    const stance = await settleRoute.POST(
      harness.request('POST', at, 'editor', { version: pair!.version + 1, field: 'stance', side: 'first' }),
      where,
    )
    expect(stance.status, await stance.clone().text()).toBe(200)
    expect(
      ((await stance.json()) as { draft: { reviewed: boolean; perspective: string } }).draft,
    ).toMatchObject({
      reviewed: true,
      perspective: 'pakistani-officials',
      stance: { value: 'rejects', label: SECRET_LABEL },
    })
    const history = await entityHistory(harness.store.db, STORY, 'draft', `${settlementId}/p1`)
    // Newest first: who settled what, after the settlement was drafted from the two codings.
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['review', 'user:editor@example.org'],
      ['settle', 'user:editor@example.org'],
      ['settle', 'user:admin@example.org'],
      ['compare', `user:${SECOND}`],
    ])
    const saved = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${settlementId}/save`, 'editor'),
      params({ id: settlementId }),
    )
    expect(saved.status, await saved.clone().text()).toBe(200)
    const story = (await readStory(harness.store.db, STORY))!
    expect(story.statements.find((s) => s.text === QUOTE)).toMatchObject({
      perspective: 'pakistani-officials',
    })
    // Both codings stay as they were.
    expect((await getReview(harness.store.db, first))!.drafts[0]).toMatchObject({ perspective: 'taliban' })
    expect((await getReview(harness.store.db, second))!.drafts[0]).toMatchObject({
      perspective: 'pakistani-officials',
    })
  })
})
