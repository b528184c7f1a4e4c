import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { params, routeHarness, type Harness, type Who } from '@/lib/commands/route-testing'
import { createReviewAs as createReview } from '@/lib/commands/testing'
import type { Store } from '@/lib/store/db'
import { changeCount, storyHistory } from '@/lib/store/history'
import { getReview } from '@/lib/store/reviews'
import { readStatement } from '@/lib/store/statement-rows'
import * as draft from '../reviews/[id]/drafts/[draftId]/route'
import { POST as authPost } from '../auth/[...all]/route'
import * as camp from './[id]/camps/[campId]/route'
import * as story from './[id]/route'
import * as source from './[id]/sources/[sourceId]/route'
import * as restore from './[id]/statements/[statementId]/restore/route'
import * as statement from './[id]/statements/[statementId]/route'

/**
 * The edit routes as the server runs them, on a fresh store with real sessions: every
 * write is refused without a session (401), with a reader's session or from another
 * origin (403), and then nothing has changed; an editor's goes through.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
let harness: Harness
let store: Store
beforeAll(async () => {
  harness = await routeHarness(authPost)
  store = harness.store
}, 180_000)
afterAll(() => harness?.close())

const request = (method: string, url: string, who: Who, body?: unknown, origin?: string) =>
  harness.request(method, url, who, body, origin)
const sid = 'taliban-soil'
const statementParams = params({ id: STORY, statementId: sid })
const url = `/api/stories/${STORY}/statements/${sid}`

const writes: [string, () => (who: Who, origin?: string) => Promise<Response>][] = [
  [
    'PATCH a statement',
    () => (who, origin) =>
      statement.PATCH(
        request('PATCH', url, who, { expectedVersion: 1, changes: { attribution: 'hacked' } }, origin),
        statementParams,
      ),
  ],
  [
    'PATCH a statement’s date',
    () => (who, origin) =>
      statement.PATCH(
        request('PATCH', url, who, { expectedVersion: 1, changes: { date: '2023-12-14' } }, origin),
        statementParams,
      ),
  ],
  [
    'DELETE a statement',
    () => (who, origin) => statement.DELETE(request('DELETE', url, who, {}, origin), statementParams),
  ],
  [
    'POST a restore',
    () => (who, origin) =>
      restore.POST(
        request('POST', `${url}/restore`, who, { changeId: 1, side: 'before' }, origin),
        statementParams,
      ),
  ],
  [
    'PATCH the story',
    () => (who, origin) =>
      story.PATCH(
        request(
          'PATCH',
          `/api/stories/${STORY}`,
          who,
          { expected: {}, changes: { question: 'Hacked.' } },
          origin,
        ),
        params({ id: STORY }),
      ),
  ],
  [
    'DELETE a camp',
    () => (who, origin) =>
      camp.DELETE(
        request('DELETE', `/api/stories/${STORY}/camps/analysts`, who, {}, origin),
        params({ id: STORY, campId: 'analysts' }),
      ),
  ],
  [
    'PATCH a source',
    () => (who, origin) =>
      source.PATCH(
        request(
          'PATCH',
          `/api/stories/${STORY}/sources/seed-article`,
          who,
          { expectedVersion: 1, changes: { publisher: 'hacked' } },
          origin,
        ),
        params({ id: STORY, sourceId: 'seed-article' }),
      ),
  ],
]

describe('the edit routes refuse whoever may not write, and change nothing', () => {
  it.each(writes)(
    '%s: 401 without a session, 403 for a reader, 403 from another origin',
    async (_name, make) => {
      const send = make()
      const count = await changeCount(store.db, STORY)
      const before = await readStatement(store.db, STORY, sid)
      expect((await send('nobody')).status).toBe(401)
      expect((await send('reader')).status).toBe(403)
      expect((await send('editor', 'http://evil.example')).status).toBe(403)
      expect(await changeCount(store.db, STORY)).toBe(count)
      expect(await readStatement(store.db, STORY, sid)).toEqual(before)
    },
  )
})

describe('a draft’s date in review', () => {
  it('is set by an editor only: 401 without a session, 403 for a reader, and the draft unchanged', async () => {
    const article = '“We will not hand anyone over,” the spokesman, Ali Khan, said on Monday.'
    const reviewId = await createReview(store.db, {
      storyId: STORY,
      article,
      source: { date: '2024-03-06' },
      drafts: [
        {
          speaker: 'Ali Khan',
          role: 'spokesman',
          kind: 'direct',
          text: 'We will not hand anyone over',
          start: 1,
          end: 29,
          attribution: 'said on Monday',
          channel: 'firsthand',
          cue: 'said',
        },
      ],
      actor: 'user:editor@example.org',
    })
    const draftOf = async () => (await getReview(store.db, reviewId))!.drafts[0]!
    const before = await draftOf()
    expect(before).toMatchObject({ date: '2024-03-04', dateCue: 'on Monday', version: 1 })
    const send = (who: Who, date: string) =>
      draft.PATCH(
        request('PATCH', `/api/reviews/${reviewId}/drafts/d1`, who, { version: 1, date }),
        params({ id: reviewId, draftId: 'd1' }),
      )
    expect((await send('nobody', '2024-01-01')).status).toBe(401)
    expect((await send('reader', '2024-01-01')).status).toBe(403)
    expect(await draftOf()).toEqual(before)
    const bad = await send('editor', '2024-02-30')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/^The date the statement was made must be a real day/)
    const ok = await send('editor', '')
    expect(ok.status).toBe(200)
    expect((await ok.json()).draft).toMatchObject({ date: null, dateCue: null, version: 2 })
  })
})

describe('an editor’s edits', () => {
  it('PATCH saves and answers with the new row; a stale version gets 409 with the current row', async () => {
    const ok = await statement.PATCH(
      request('PATCH', url, 'editor', {
        expectedVersion: 1,
        changes: { stance: { value: 'mixed', label: 'Hedges' } },
      }),
      statementParams,
    )
    expect(ok.status).toBe(200)
    const { statement: saved } = await ok.json()
    expect(saved).toMatchObject({ version: 2, stance: { value: 'mixed', label: 'Hedges' } })
    const [change] = await storyHistory(store.db, STORY)
    expect(change).toMatchObject({ actor: 'user:editor@example.org', entityId: sid, action: 'update' })

    const stale = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: 1, changes: { attribution: 'second editor' } }),
      statementParams,
    )
    expect(stale.status).toBe(409)
    const conflict = await stale.json()
    expect(conflict.current).toMatchObject({ version: 2, stance: { label: 'Hedges' } })
    expect(conflict.attempted).toEqual({ attribution: 'second editor' })
    expect(conflict.error).toMatch(/Someone else changed this/)
  })

  it('400 names the field in the user’s words; 404 for a statement not in the story; 415 for a non-JSON body', async () => {
    const bad = await statement.PATCH(
      request('PATCH', url, 'editor', {
        expectedVersion: 2,
        changes: { speaker: { name: ' ', role: null } },
      }),
      statementParams,
    )
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      field: 'speaker.name',
      error: 'The speaker’s name cannot be empty.',
    })
    const reworded = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: 2, changes: { text: 'words never said' } }),
      statementParams,
    )
    expect(reworded.status).toBe(400)
    const missing = await statement.PATCH(
      request('PATCH', `/api/stories/${STORY}/statements/nope`, 'editor', {
        expectedVersion: 1,
        changes: {},
      }),
      params({ id: STORY, statementId: 'nope' }),
    )
    expect(missing.status).toBe(404)
    const form = request('PATCH', url, 'editor', 'expectedVersion=2')
    form.headers.set('content-type', 'text/plain')
    expect((await statement.PATCH(form, statementParams)).status).toBe(415)
    expect((await readStatement(store.db, STORY, sid))!.version).toBe(2)
  })

  it('DELETE is a soft delete, and POST …/restore brings the statement back', async () => {
    const del = await statement.DELETE(
      request('DELETE', url, 'editor', { expectedVersion: 2 }),
      statementParams,
    )
    expect(del.status).toBe(200)
    expect((await readStatement(store.db, STORY, sid))!.deleted).toBe(true)
    const back = await restore.POST(request('POST', `${url}/restore`, 'editor', {}), statementParams)
    expect(back.status).toBe(200)
    expect((await back.json()).statement).toMatchObject({ deleted: false, version: 4 })
  })

  it('an editor sets and clears the statement’s date; a day that does not exist gets 400 in words', async () => {
    const version = (await readStatement(store.db, STORY, sid))!.version
    const bad = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: version, changes: { date: '2023-02-30' } }),
      statementParams,
    )
    expect(bad.status).toBe(400)
    const refusal = await bad.json()
    expect(refusal.error).toMatch(/^The date the statement was made must be a real day/)
    expect(refusal.error).not.toMatch(/expectedVersion|changes|statement_date/)
    const set = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: version, changes: { date: '2023-12-14' } }),
      statementParams,
    )
    expect(set.status).toBe(200)
    expect((await set.json()).statement).toMatchObject({ date: '2023-12-14', version: version + 1 })
    const stale = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: version, changes: { date: null } }),
      statementParams,
    )
    expect(stale.status).toBe(409)
    const cleared = await statement.PATCH(
      request('PATCH', url, 'editor', { expectedVersion: version + 1, changes: { date: null } }),
      statementParams,
    )
    expect((await cleared.json()).statement).toMatchObject({ date: null, version: version + 2 })
  })

  it('deleting a camp with statements answers 409 listing them', async () => {
    const response = await camp.DELETE(
      request('DELETE', `/api/stories/${STORY}/camps/analysts`, 'editor', {}),
      params({ id: STORY, campId: 'analysts' }),
    )
    expect(response.status).toBe(409)
    const body = await response.json()
    expect(body.code).toBe('in_use')
    expect(body.error).toMatch(/still has 2 statements/)
    expect(body.statements.map((s: { speaker: string }) => s.speaker)).toEqual([
      'Mohammad Radmanesh',
      'Azizuddin Ma’arij',
    ])
  })
})
