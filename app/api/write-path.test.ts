import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REVIEW_DRAFTS_MAX } from '@/lib/commands/reviews/schema'
import { oneQuoteReview } from '@/lib/commands/reviews/one-quote'
import { params, routeHarness, type Harness } from '@/lib/commands/route-testing'
import { changeCount, statementTimeline } from '@/lib/store/history'
import { getReview } from '@/lib/store/reviews'
import { readStatement } from '@/lib/store/statement-rows'
import { POST as signIn } from './auth/[...all]/route'
import * as draftRoute from './reviews/[id]/drafts/[draftId]/route'
import * as draftsRoute from './reviews/[id]/drafts/route'
import * as saveRoute from './reviews/[id]/save/route'
import * as campsRoute from './stories/[id]/camps/route'
import * as reviewsRoute from './stories/[id]/reviews/route'
import * as sourceRoute from './stories/[id]/sources/[sourceId]/route'
import * as historyRoute from './stories/[id]/statements/[statementId]/history/route'
import * as statementRoute from './stories/[id]/statements/[statementId]/route'

/**
 * What the one write path answers to what a hostile tester sent, through the routes as
 * the server runs them: text that cannot be stored is refused saying where, never a 500
 * and never replaced; names made of nothing visible and look-alike camps are refused in
 * words; a body too large says so and gives the limit; another scheme or port is another
 * site; a review holds at most 500 drafts; and a statement's history tells who coded what.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const SID = 'taliban-soil'
const STATEMENT = `/api/stories/${STORY}/statements/${SID}`
let harness: Harness
beforeAll(async () => {
  harness = await routeHarness(signIn)
}, 180_000)
afterAll(() => harness?.close())

const edit = async (changes: unknown, origin?: string) => {
  const version = (await readStatement(harness.store.db, STORY, SID))!.version
  return statementRoute.PATCH(
    harness.request('PATCH', STATEMENT, 'editor', { expectedVersion: version, changes }, origin),
    params({ id: STORY, statementId: SID }),
  )
}

/** Sends `changes`, expects a 400 naming `field` with a message matching `words`, and no change. */
async function refused(changes: unknown, field: string, words: RegExp) {
  const before = await readStatement(harness.store.db, STORY, SID)
  const count = await changeCount(harness.store.db, STORY)
  const response = await edit(changes)
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(400)
  expect(body).toMatchObject({ code: 'invalid', field })
  expect(body.error).toMatch(words)
  expect(body.error).not.toMatch(/object Object|Aborted|ZodError|changes\.|invalid_type/)
  expect(await readStatement(harness.store.db, STORY, SID)).toEqual(before)
  expect(await changeCount(harness.store.db, STORY)).toBe(count)
}

describe('text that cannot be stored', () => {
  it('refuses a NUL byte, saying where it is, instead of failing with a 500', async () => {
    await refused(
      { attribution: 'said at a\npress\u0000 conference' },
      'attribution',
      /^How the source knows it \(attribution\) has an invisible NUL character at line 2, character 6/,
    )
  })

  it('refuses a lone surrogate instead of storing U+FFFD in its place', async () => {
    await refused(
      { caveats: ['fine', 'broken \ud83d here'] },
      'caveats.1',
      /broken character at character 8 .*U\+D83D/,
    )
  })

  it('refuses an article with a NUL byte, saying its line', async () => {
    const response = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
        article: 'First line.\nSecond \u0000 line.',
        source: {},
        drafts: [],
      }),
      params({ id: STORY }),
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(
      /^The article has an invisible NUL character at line 2, character 8/,
    )
  })
})

describe('names', () => {
  it('refuses a speaker made only of zero-width characters', async () => {
    await refused(
      { speaker: { name: '\u200b\u200c\u2060', role: null } },
      'speaker.name',
      /^The speaker’s name is made only of invisible characters/,
    )
  })

  it('keeps a name as it is written today: trimmed, one space, no invisible characters', async () => {
    const response = await edit({ speaker: { name: '  The\u00a0 Tali\u200bban ', role: '' } })
    expect(response.status).toBe(200)
    expect((await response.json()).statement.speaker).toEqual({ name: 'The Taliban', role: null })
  })

  it.each([
    ['Pakistani officials\u200b', 'a zero-width space'],
    ['Ｐａｋｉｓｔａｎｉ ｏｆｆｉｃｉａｌｓ', 'fullwidth letters'],
    ['PAKISTANI OFFICIALS', 'capitals'],
  ])('refuses a camp named like another one (%j, %s) in words', async (label) => {
    const response = await campsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/camps`, 'editor', {
        label,
        definition: 'A look-alike.',
      }),
      params({ id: STORY }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body).toMatchObject({ code: 'invalid', field: 'label' })
    expect(body.error).toMatch(/^This story already has a camp named “Pakistani officials”/)
  })
})

describe('a source’s date and address', () => {
  const source = (changes: unknown) =>
    sourceRoute.PATCH(
      harness.request('PATCH', `/api/stories/${STORY}/sources/seed-article`, 'editor', {
        expectedVersion: 1,
        changes,
      }),
      params({ id: STORY, sourceId: 'seed-article' }),
    )
  it('refuses 2024-02-31, by the one rule every date follows', async () => {
    const response = await source({ date: '2024-02-31' })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      field: 'date',
      error: 'The source’s date must be a real day, written as year-month-day (for example 2023-12-16).',
    })
  })
  it('refuses an address that is not http(s), the same way for a review as for a source', async () => {
    expect((await source({ url: 'javascript:alert(1)' })).status).toBe(400)
    const review = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', {
        article: 'Words.',
        source: { url: 'javascript:alert(1)' },
        drafts: [],
      }),
      params({ id: STORY }),
    )
    expect(await review.json()).toMatchObject({
      field: 'source.url',
      error: /^The address \(URL\) must be a web address/,
    })
  })
})

describe('the request itself', () => {
  it('answers a body over the limit with "too large" and the limit, before reading it all', async () => {
    const big = 'x'.repeat(11 * 1024 * 1024)
    const request = harness.request(
      'POST',
      `/api/stories/${STORY}/reviews`,
      'editor',
      JSON.stringify({ article: big }),
    )
    const response = await reviewsRoute.POST(request, params({ id: STORY }))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      code: 'too_large',
      error: 'This request is too large: the limit is 8 MB. Nothing was saved.',
      limit: 8 * 1024 * 1024,
    })
    const declared = harness.request('PATCH', STATEMENT, 'editor', '{}')
    declared.headers.set('content-length', String(20 * 1024 * 1024))
    expect((await statementRoute.PATCH(declared, params({ id: STORY, statementId: SID }))).status).toBe(413)
  })

  it('treats another scheme or another port as another site', async () => {
    for (const origin of ['https://127.0.0.1:3999', 'http://127.0.0.1:4000', 'http://127.0.0.1'])
      expect((await edit({ attribution: 'from elsewhere' }, origin)).status, origin).toBe(403)
  })

  it('answers a failure nobody foresaw in words, never "[object Object]"', async () => {
    const response = await statementRoute.PATCH(
      harness.request('PATCH', STATEMENT, 'editor', '{"expectedVersion": 1, "changes": '),
      params({ id: STORY, statementId: SID }),
    )
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.error).toBe('The change could not be read. Reload the page and try again.')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})

describe('reviews', () => {
  it(`hold at most ${REVIEW_DRAFTS_MAX} drafts, with a clear message`, async () => {
    const article = 'He said it. '.repeat(REVIEW_DRAFTS_MAX + 1)
    const drafts = Array.from({ length: REVIEW_DRAFTS_MAX + 1 }, (_, i) => ({
      speaker: 'He',
      role: null,
      kind: 'paraphrase',
      text: 'He said it.',
      start: i * 12,
      end: i * 12 + 11,
      attribution: 'said',
      channel: 'firsthand',
      cue: 'said',
    }))
    const response = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', { article, source: {}, drafts }),
      params({ id: STORY }),
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error).toBe(
      'A review holds at most 500 drafted statements, and the extractor found 501 in this article. Split it into parts of a few pages and add each part as its own article.',
    )
  })
})

describe('history says who coded what', () => {
  it('starts with the extractor’s draft, then each correction, the mark, and the save, by name', async () => {
    const article =
      '“We took no concrete steps,” the spokesman, Ali Khan, said on Monday. Analysts doubted it.'
    const quote = 'We took no concrete steps'
    const start = article.indexOf(quote)
    const created = await reviewsRoute.POST(
      harness.request('POST', `/api/stories/${STORY}/reviews`, 'editor', oneQuoteReview(article, quote)),
      params({ id: STORY }),
    )
    const { id } = await created.json()
    const at = (url: string) => `/api/reviews/${id}/drafts${url}`
    const [draft] = (await getReview(harness.store.db, id))!.drafts
    /** A draft's save as the review page sends it, marking it reviewed in the same save. */
    const code = async (draftId: string, version: number, fields: object) => {
      const body = { version, ...fields, reviewed: true }
      const response = await draftRoute.PATCH(
        harness.request('PATCH', at(`/${draftId}`), 'editor', body),
        params({ id, draftId }),
      )
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const rejects = { value: 'rejects', label: 'Denies any steps were asked' }
    await code('d1', draft!.version, { perspective: 'taliban', stance: rejects })
    // A statement the extractor missed, added by hand from the editor's selection.
    const added = await draftsRoute.POST(
      harness.request('POST', at(''), 'editor', { start: article.indexOf('Analysts'), end: article.length }),
      params({ id }),
    )
    const hand = (await added.json()).draft
    expect(hand.id).toBe('a2')
    const speaker = { name: 'Analysts', role: null }
    const stance = { value: 'neutral', label: 'Doubt the claim' }
    const facts = { kind: 'paraphrase', channel: 'firsthand', attribution: 'the article says' }
    await code('a2', hand.version, { speaker, ...facts, perspective: 'analysts', stance })
    const saved = await saveRoute.POST(
      harness.request('POST', `/api/reviews/${id}/save`, 'admin'),
      params({ id }),
    )
    const [fromExtractor, byHand] = (await saved.json()).added as string[]
    const history = async (who: 'editor' | 'admin', statementId: string) =>
      (
        await (
          await historyRoute.GET(
            harness.request('GET', `/api/stories/${STORY}/statements/${statementId}/history`, who),
            params({ id: STORY, statementId }),
          )
        ).json()
      ).changes as {
        entity: string
        action: string
        by: string
        before: unknown
        after: { anchor: unknown }
      }[]
    const told = (changes: { entity: string; action: string; by: string }[]) =>
      changes.map((c) => `${c.entity} ${c.action} by ${c.by}`)
    const forEditor = await history('editor', fromExtractor!)
    expect(told(forEditor)).toEqual([
      'statement save by Admin Person',
      'draft review by Editor Person',
      'draft update by Editor Person',
      'draft extract by Editor Person',
    ])
    expect(forEditor.at(-1)!.after).toMatchObject({
      speaker: { name: 'Ali Khan', role: 'spokesman' },
      anchor: { start, end: start + quote.length },
      stance: { value: '', label: '' },
    })
    // Admins also see the email.
    expect((await history('admin', fromExtractor!)).at(-1)!.by).toBe('Editor Person (editor@example.org)')
    // The statement added by hand says so.
    expect(told(await history('editor', byHand!))).toEqual([
      'statement save by Admin Person',
      'draft review by Editor Person',
      'draft update by Editor Person',
      'draft add by Editor Person',
    ])
    expect(await statementTimeline(harness.store.db, STORY, byHand!)).toHaveLength(4)
  })
})

describe('signing out through the route, as the header’s button does', () => {
  it('ends the session for a POST with no body and no content type', async () => {
    // The editor's session is not used again after this: it is the last test of the file.
    const out = await signIn(harness.request('POST', '/api/auth/sign-out', 'editor'))
    expect(out.status, await out.clone().text()).toBe(200)
    const session = await signIn(harness.request('GET', '/api/auth/get-session', 'editor'))
    expect(await session.json()).toBeNull()
  })
})
