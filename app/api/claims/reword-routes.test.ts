import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importStoryText } from '@/lib/commands/stories/import'
import { params, routeHarness, type Harness, type Who } from '@/lib/commands/route-testing'
import { claimRewordingsOf } from '@/lib/store/claim-reads'
import * as c from '@/lib/store/claim-tables'
import type { Store } from '@/lib/store/db'
import { entityHistory } from '@/lib/store/history'
import { readStory } from '@/lib/store/read'
import * as t from '@/lib/store/tables'
import { POST as authPost } from '../auth/[...all]/route'
import * as story from '../stories/[id]/route'
import * as claim from './[id]/route'

/**
 * Rewording a claim through its route, as the server runs it: editors only (checked on the
 * server, whatever the page shows), checked against the wording the editor started from,
 * and seen in every story that uses the claim: each a version up, the change in its log.
 * A story's question is its main claim: editing it rewords the claim by the same rules.
 */

const SEED = 'pakistan-afghanistan-militancy-2023'
const MINI = 'mini-sharing'
const FUNDING = 'accusations-secure-funding-for-pakistan'
const EDITOR = 'user:editor@example.org'
let harness: Harness
let store: Store
let seedMain: { id: string; wording: string }

beforeAll(async () => {
  harness = await routeHarness(authPost)
  store = harness.store
  const seed = (await readStory(store.db, SEED))!
  seedMain = seed.claims[0]!
  // A second story that uses two of the seed's claims: its main claim and the funding claim.
  const raw = JSON.parse(
    readFileSync(path.join(process.cwd(), 'lib', 'story', '__fixtures__', 'valid', 'mini.json'), 'utf8'),
  )
  raw.id = MINI
  raw.claims = [
    { id: `${MINI}-main`, slug: `${MINI}-main`, wording: raw.question },
    seed.claims.find((x) => x.id === FUNDING)!,
    seedMain,
  ]
  raw.statements[1].stances = [{ claim: FUNDING, value: 'rejects', label: 'Money, not Afghanistan' }]
  await importStoryText(store.db, 'mini.json', JSON.stringify(raw), { actor: 'seed' })
}, 180_000)
afterAll(() => harness?.close())

const versions = async () =>
  Object.fromEntries(
    (await store.db.select({ id: t.stories.id, version: t.stories.version }).from(t.stories)).map((r) => [
      r.id,
      r.version,
    ]),
  )
const wordingOf = async (id: string) =>
  (await store.db.select({ wording: c.claims.wording }).from(c.claims).where(eq(c.claims.id, id)))[0]!.wording
const reword = (who: Who, body: unknown, origin?: string) =>
  claim.PATCH(harness.request('PATCH', `/api/claims/${FUNDING}`, who, body, origin), params({ id: FUNDING }))

describe('rewording a claim', () => {
  it('is refused without a session, for a reader and from another site, and then nothing changes', async () => {
    const before = { wording: await wordingOf(FUNDING), versions: await versions() }
    const body = { expected: before.wording, wording: 'Pakistan blames Afghanistan to win funding.' }
    expect((await reword('nobody', body)).status).toBe(401)
    expect((await reword('reader', body)).status).toBe(403)
    expect((await reword('editor', body, 'https://elsewhere.example')).status).toBe(403)
    expect({ wording: await wordingOf(FUNDING), versions: await versions() }).toEqual(before)
    expect(await claimRewordingsOf(store.db, FUNDING)).toEqual([])
  })

  it('refuses, as a conflict, a rewording from a wording someone else has changed since', async () => {
    const before = await wordingOf(FUNDING)
    const response = await reword('editor', { expected: 'An older wording.', wording: 'A newer wording.' })
    expect(response.status).toBe(409)
    expect((await response.json()).error).toContain(`to “${before}”`)
    expect(await wordingOf(FUNDING)).toBe(before)
  })

  it('refuses the wording of another claim, pointing to a merge', async () => {
    const before = await wordingOf(FUNDING)
    const response = await reword('editor', { expected: before, wording: seedMain.wording })
    expect(response.status).toBe(409)
    const body = await response.json()
    expect(body.field).toBe('wording')
    expect(body.error).toMatch(/merge them/)
    expect(await wordingOf(FUNDING)).toBe(before)
  })

  it('refuses a question as a wording, in words', async () => {
    const before = await wordingOf(FUNDING)
    const response = await reword('editor', { expected: before, wording: 'Does Pakistan want money?' })
    expect(response.status).toBe(400)
    expect((await response.json()).error).not.toMatch(/object Object|expected|wording:/)
  })

  it('rewords it in every story that uses it: each a version up, with the change in its log', async () => {
    const before = { wording: await wordingOf(FUNDING), versions: await versions() }
    const wording = 'Pakistan’s accusations against Afghanistan help it win international funding.'
    const response = await reword('editor', { expected: before.wording, wording })
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await response.json()).stories).toEqual([MINI, SEED])
    const after = await versions()
    for (const id of [MINI, SEED]) {
      expect(after[id]).toBeGreaterThan(before.versions[id]!)
      expect((await readStory(store.db, id))!.claims.find((x) => x.id === FUNDING)!.wording).toBe(wording)
      const [change] = await entityHistory(store.db, id, 'claim', FUNDING)
      expect(change).toMatchObject({
        action: 'reword',
        actor: EDITOR,
        before: { wording: before.wording },
        after: { wording },
      })
    }
    expect((await claimRewordingsOf(store.db, FUNDING)).map((r) => [r.before, r.after, r.actor])).toEqual([
      [before.wording, wording, EDITOR],
    ])
  })

  it('rewords a story’s main claim from its question, in the other stories too', async () => {
    const before = await versions()
    const question = 'Militant violence in Pakistan is largely driven from Afghanistan.'
    const response = await story.PATCH(
      harness.request('PATCH', `/api/stories/${SEED}`, 'editor', {
        expected: { question: seedMain.wording },
        changes: { question },
      }),
      params({ id: SEED }),
    )
    expect(response.status, await response.clone().text()).toBe(200)
    const mini = (await readStory(store.db, MINI))!
    expect(mini.claims.find((x) => x.id === seedMain.id)!.wording).toBe(question)
    expect((await versions())[MINI]).toBeGreaterThan(before[MINI]!)
    expect((await entityHistory(store.db, MINI, 'claim', seedMain.id))[0]).toMatchObject({
      action: 'reword',
      before: { wording: seedMain.wording },
      after: { wording: question },
    })
    // Still its own question in the seed, and not the mini story's.
    expect((await readStory(store.db, SEED))!.question).toBe(question)
    expect(mini.question).not.toBe(question)
  })
})
