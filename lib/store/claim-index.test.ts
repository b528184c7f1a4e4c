import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDeleted } from '../commands/statements/edit'
import { importStoryText } from '../commands/stories/import'
import { seededStore } from '../commands/testing'
import type { Story } from '../story/story-check'
import { readClaimSummaries, type ClaimSummary } from './claim-index'
import type { Store } from './db'
import { readStory, storyStamps } from './read'

/**
 * The claims' page reads its counts by SQL aggregates; they must be exactly what counting
 * every story read whole gives (the oracle below), and never add a stance on one claim to
 * another's.
 */

const root = path.join(__dirname, '..', '..')
const BRIDGE = readFileSync(
  path.join(root, 'e2e', 'fixtures', 'stories', 'fictional-bridge-claims.json'),
  'utf8',
)
const MINI = readFileSync(path.join(root, 'lib', 'story', '__fixtures__', 'valid', 'mini.json'), 'utf8')
const FUNDING = {
  id: 'accusations-secure-funding-for-pakistan',
  slug: 'accusations-secure-funding-for-pakistan',
  wording: 'Pakistan’s accusations against Afghanistan serve to secure international funding.',
  notes: [],
}

/** Counting from stories read whole: the oracle. */
function fromStories(stories: Story[]): Map<string, Map<string, Record<string, Record<string, number>>>> {
  const out = new Map<string, Map<string, Record<string, Record<string, number>>>>()
  for (const story of stories)
    story.claims.forEach((claim, i) => {
      const perCamp: Record<string, Record<string, number>> = {}
      for (const camp of story.perspectives) perCamp[camp.id] = {}
      for (const s of story.statements) {
        const value = i === 0 ? s.stance?.value : s.stances.find((x) => x.claim === claim.id)?.value
        if (value) perCamp[s.perspective]![value] = (perCamp[s.perspective]![value] ?? 0) + 1
      }
      if (!out.has(claim.id)) out.set(claim.id, new Map())
      out.get(claim.id)!.set(story.id, perCamp)
    })
  return out
}

function fromSummaries(summaries: ClaimSummary[]) {
  const out = new Map<string, Map<string, Record<string, Record<string, number>>>>()
  for (const claim of summaries) {
    const byStory = new Map<string, Record<string, Record<string, number>>>()
    for (const story of claim.stories)
      byStory.set(
        story.storyId,
        Object.fromEntries(
          story.camps.map((camp) => [
            camp.perspectiveId,
            Object.fromEntries(Object.entries(camp.counts).filter(([, n]) => n > 0)),
          ]),
        ),
      )
    out.set(claim.id, byStory)
  }
  return out
}

let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await seededStore())
  await importStoryText(store.db, 'bridge.json', BRIDGE, { actor: 'seed' })
  // A second story sharing the seed's funding claim.
  const mini = JSON.parse(MINI)
  mini.id = 'mini-shared'
  mini.claims = [{ id: 'mini-shared-main', slug: 'mini-shared-main', wording: mini.question }, FUNDING]
  mini.statements[1].stances = [{ claim: FUNDING.id, value: 'rejects', label: 'Money, not Afghanistan' }]
  await importStoryText(store.db, 'mini.json', JSON.stringify(mini), { actor: 'seed' })
}, 180_000)
afterAll(() => done?.())

async function everyStory(): Promise<Story[]> {
  const ids = (await storyStamps(store.db)).map((s) => s.id)
  return Promise.all(ids.map(async (id) => (await readStory(store.db, id))!))
}

describe('claims with their stories and stance counts per camp', () => {
  it('gives the counts that reading every story whole gives, claim by claim and story by story', async () => {
    const summaries = await readClaimSummaries(store.db)
    expect(fromSummaries(summaries)).toEqual(fromStories(await everyStory()))
    // Listed by wording, as a reader looks a claim up.
    for (let i = 1; i < summaries.length; i++)
      expect(summaries[i - 1]!.wording.localeCompare(summaries[i]!.wording, 'en')).toBeLessThanOrEqual(0)
    expect(summaries.length).toBe(new Set(summaries.map((c) => c.id)).size)
  })

  it('lists a shared claim once, with each story that uses it and that story’s own camps', async () => {
    const [funding] = await readClaimSummaries(store.db, FUNDING.id)
    expect(funding!.stories.map((s) => [s.storyId, s.main])).toEqual([
      ['mini-shared', false],
      ['pakistan-afghanistan-militancy-2023', false],
    ])
    const mini = (await readStory(store.db, 'mini-shared'))!
    expect(funding!.stories[0]!.camps.map((c) => c.label)).toEqual(mini.perspectives.map((p) => p.label))
    const rejecting = funding!.stories[0]!.camps.find((c) => c.counts.rejects > 0)!
    expect(rejecting.perspectiveId).toBe(mini.statements[1]!.perspective)
    expect(rejecting.counts).toEqual({ supports: 0, mixed: 0, neutral: 0, rejects: 1 })
  })

  it('counts a non-response apart from stances, on its camp', async () => {
    const bridge = JSON.parse(BRIDGE) as Story & { nonResponses: { claim: string; perspective: string }[] }
    const silent = bridge.nonResponses[0]!
    const [claim] = await readClaimSummaries(store.db, silent.claim)
    const story = claim!.stories.find((s) => s.storyId === bridge.id)!
    for (const camp of story.camps)
      expect(camp.nonResponses).toBe(camp.perspectiveId === silent.perspective ? 1 : 0)
  })

  it('leaves a deleted statement out', async () => {
    const before = await readClaimSummaries(store.db, FUNDING.id)
    const mini = (await readStory(store.db, 'mini-shared'))!
    await setDeleted(store.db, {
      storyId: 'mini-shared',
      statementId: mini.statements[1]!.id,
      actor: 'cli:tester@host',
      deleted: true,
    })
    const [after] = await readClaimSummaries(store.db, FUNDING.id)
    expect(after!.total).toBe(before[0]!.total - 1)
    expect(fromSummaries(await readClaimSummaries(store.db))).toEqual(fromStories(await everyStory()))
  })
})
