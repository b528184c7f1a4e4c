import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importStoryText } from '@/lib/commands/stories/import'
import { params, routeHarness, type Harness, type Who } from '@/lib/commands/route-testing'
import { readClaimSummaries } from '@/lib/store/claim-index'
import { redirectedClaimId, redirectedSlug, storiesUsingClaim } from '@/lib/store/claim-reads'
import * as c from '@/lib/store/claim-tables'
import type { Store } from '@/lib/store/db'
import { entityHistory } from '@/lib/store/history'
import { readStory } from '@/lib/store/read'
import * as t from '@/lib/store/tables'
import { POST as authPost } from '../auth/[...all]/route'
import * as merge from './[id]/merge/route'

/**
 * Merging claims through the route, as speakers are merged: editors only (checked on the
 * server), the merged claim's stances, non-responses and places moving to the survivor in
 * every story that used it, each story recording it, and the old id and slug leading to
 * the survivor, always in one step.
 */

const SEED = 'pakistan-afghanistan-militancy-2023'
const BRIDGE = 'fictional-bridge-claims'
const MINI = 'mini'
const CABLES = 'cables-were-neglected'
const FUNDING = 'accusations-secure-funding-for-pakistan'
const EDITOR = 'user:editor@example.org'
const root = process.cwd()
let harness: Harness
let store: Store

beforeAll(async () => {
  harness = await routeHarness(authPost)
  store = harness.store
  const bridge = readFileSync(path.join(root, 'e2e', 'fixtures', 'stories', `${BRIDGE}.json`), 'utf8')
  await importStoryText(store.db, 'bridge.json', bridge, { actor: 'seed' })
  const mini = readFileSync(path.join(root, 'lib', 'story', '__fixtures__', 'valid', 'mini.json'), 'utf8')
  await importStoryText(store.db, 'mini.json', mini, { actor: 'seed' })
}, 180_000)
afterAll(() => harness?.close())

const post = (who: Who, claimId: string, into: string, origin?: string) =>
  merge.POST(
    harness.request('POST', `/api/claims/${claimId}/merge`, who, { into }, origin),
    params({ id: claimId }),
  )
const snapshot = async () => ({
  claims: await store.db.select().from(c.claims).orderBy(c.claims.id),
  uses: await store.db.select().from(c.storyClaims).orderBy(c.storyClaims.storyId, c.storyClaims.position),
  stances: await store.db.select().from(c.statementStances),
  versions: await store.db
    .select({ id: t.stories.id, v: t.stories.version })
    .from(t.stories)
    .orderBy(t.stories.id),
})

describe('merging claims', () => {
  it('is refused without a session, for a reader and from another site, and then nothing changes', async () => {
    const before = await snapshot()
    expect((await post('nobody', CABLES, FUNDING)).status).toBe(401)
    expect((await post('reader', CABLES, FUNDING)).status).toBe(403)
    expect((await post('editor', CABLES, FUNDING, 'https://elsewhere.example')).status).toBe(403)
    expect(await snapshot()).toEqual(before)
    expect(await redirectedClaimId(store.db, CABLES)).toBeUndefined()
  })

  it('refuses a merge into itself, into an unknown claim, and of two claims one story holds, in words', async () => {
    const before = await snapshot()
    const self = await post('editor', CABLES, CABLES)
    expect([self.status, (await self.json()).error]).toEqual([400, 'A claim cannot be merged into itself.'])
    expect((await post('editor', CABLES, 'no-such-claim')).status).toBe(404)
    const both = await post('editor', 'militants-operate-from-afghan-territory', FUNDING)
    expect(both.status).toBe(409)
    const seed = (await readStory(store.db, SEED))!
    expect((await both.json()).error).toContain(`“${seed.title}”`)
    expect(await snapshot()).toEqual(before)
  })

  it('moves a further claim’s stances and non-response to the survivor, recorded in the story, the old id and slug redirecting', async () => {
    const bridgeBefore = (await readStory(store.db, BRIDGE))!
    const onCables = bridgeBefore.statements.filter((s) => s.stances.some((x) => x.claim === CABLES))
    expect(onCables.length).toBeGreaterThan(0)
    const response = await post('editor', CABLES, FUNDING)
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await response.json()).stories).toEqual([BRIDGE])
    const bridge = (await readStory(store.db, BRIDGE))!
    expect(bridge.claims.map((x) => x.id)).toEqual(
      bridgeBefore.claims.map((x) => (x.id === CABLES ? FUNDING : x.id)),
    )
    for (const s of onCables)
      expect(bridge.statements.find((x) => x.id === s.id)!.stances).toEqual(
        s.stances.map((x) => (x.claim === CABLES ? { ...x, claim: FUNDING } : x)),
      )
    expect(bridge.nonResponses.map((n) => n.claim)).toEqual([FUNDING])
    expect(await storiesUsingClaim(store.db, FUNDING)).toEqual([BRIDGE, SEED])
    const [change] = await entityHistory(store.db, BRIDGE, 'claim', CABLES)
    expect(change).toMatchObject({
      action: 'merge',
      actor: EDITOR,
      before: { id: CABLES, wording: 'The bridge’s cables were neglected.' },
      after: { id: FUNDING },
    })
    expect(await redirectedClaimId(store.db, CABLES)).toBe(FUNDING)
    expect(await redirectedSlug(store.db, CABLES)).toBe(FUNDING)
    expect(await store.db.select().from(c.claims).where(eq(c.claims.id, CABLES))).toEqual([])
    // The claims' list counts the survivor's stances in both stories, none left on the old claim.
    const [funding] = await readClaimSummaries(store.db, FUNDING)
    expect(funding!.stories.map((s) => s.storyId)).toEqual([BRIDGE, SEED])
    expect(funding!.stories[0]!.camps.find((x) => x.perspectiveId === 'harbour')!.nonResponses).toBe(1)
  })

  it('gives a story whose question it was the survivor’s wording, and keeps redirects one step deep', async () => {
    const mini = (await readStory(store.db, MINI))!
    const seed = (await readStory(store.db, SEED))!
    const miniMain = mini.claims[0]!.id
    expect((await post('editor', miniMain, seed.claims[0]!.id)).status).toBe(200)
    expect((await readStory(store.db, MINI))!.question).toBe(seed.question)
    expect((await entityHistory(store.db, MINI, 'claim', miniMain))[0]!.action).toBe('merge')
    // The survivor merged in turn: the first claim's old id leads to the last survivor.
    const bridge = (await readStory(store.db, BRIDGE))!
    const response = await post('editor', seed.claims[0]!.id, bridge.claims[0]!.id)
    expect(response.status, await response.clone().text()).toBe(200)
    expect((await response.json()).stories).toEqual([MINI, SEED])
    expect(await redirectedClaimId(store.db, miniMain)).toBe(bridge.claims[0]!.id)
    expect(await redirectedClaimId(store.db, seed.claims[0]!.id)).toBe(bridge.claims[0]!.id)
    expect((await readStory(store.db, SEED))!.question).toBe(bridge.question)
    // A merge named by an old id goes to its survivor.
    expect((await post('editor', CABLES, CABLES)).status).toBe(404)
  })
})

describe('a story file after a merge', () => {
  it('is refused when it names a merged claim’s old id, naming the claim it was merged into', async () => {
    const raw = JSON.parse(
      readFileSync(path.join(root, 'e2e', 'fixtures', 'stories', `${BRIDGE}.json`), 'utf8'),
    )
    raw.id = 'bridge-again'
    await expect(
      importStoryText(store.db, 'again.json', JSON.stringify(raw), { actor: 'seed' }),
    ).rejects.toThrow(new RegExp(`claim ${CABLES}: it was merged into claim ${FUNDING} \\(“`))
    expect(await store.db.select().from(c.claims).where(eq(c.claims.id, CABLES))).toEqual([])
  })
})
