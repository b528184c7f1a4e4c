import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StoryDataError } from '../../story/story-check'
import { canonicalText, storyJson } from '../../store/canonical'
import { claimRewordingsOf, storiesUsingClaim } from '../../store/claim-reads'
import type { Store } from '../../store/db'
import { entityHistory } from '../../store/history'
import { readStory, storyStamp, toStoryFile } from '../../store/read'
import { importStoryText } from '../stories/import'
import { SEED_ID, seededStore } from '../testing'
import { rewordClaim } from './reword'

// Claims in the store: global ids shared across stories, one wording each, rewordings kept.
const root = path.join(__dirname, '..', '..', '..')
const SEED = readFileSync(path.join(root, 'data', 'stories', `${SEED_ID}.json`), 'utf8')
const MINI = readFileSync(path.join(root, 'lib', 'story', '__fixtures__', 'valid', 'mini.json'), 'utf8')
const CLI = { actor: 'cli:tester@host' }

let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await seededStore())
}, 120_000)
afterAll(() => done?.())

/** The mini story with claims of its own, the seed's `shared` claim among them. */
function miniWith(shared: { id: string; slug: string; wording: string }, id = 'mini-claims') {
  const raw = JSON.parse(MINI)
  raw.id = id
  raw.claims = [
    { id: `${id}-main`, slug: `${id}-main`, wording: raw.question },
    { ...shared, notes: [] },
  ]
  raw.statements[1].stances = [{ claim: shared.id, value: 'rejects', label: 'Money, not Afghanistan' }]
  return JSON.stringify(raw)
}

const FUNDING = {
  id: 'accusations-secure-funding-for-pakistan',
  slug: 'accusations-secure-funding-for-pakistan',
  wording: 'Pakistan’s accusations against Afghanistan serve to secure international funding.',
}

describe('claims in the store', () => {
  it('reads back the seed’s claims in order, its statements’ stances on them and its non-response', async () => {
    const story = (await readStory(store.db, SEED_ID))!
    const file = JSON.parse(SEED)
    expect(story.claims.map((c) => c.id)).toEqual(file.claims.map((c: { id: string }) => c.id))
    expect(story.claims[0]!.wording).toBe(story.question)
    for (const s of file.statements)
      expect(story.statements.find((x) => x.id === s.id)!.stances).toEqual(s.stances ?? [])
    expect(story.nonResponses).toEqual([{ ...file.nonResponses[0], anchor: { start: 1826, end: 1932 } }])
    expect(story.sources[0]!.text.slice(1826, 1932)).toBe(file.nonResponses[0].text)
  })

  it('shares a claim between stories when the id and wording are the same', async () => {
    await importStoryText(store.db, 'mini-claims.json', miniWith(FUNDING), CLI)
    expect(await storiesUsingClaim(store.db, FUNDING.id)).toEqual(['mini-claims', SEED_ID])
    const mini = (await readStory(store.db, 'mini-claims'))!
    expect(mini.statements[1]!.stances).toEqual([
      { claim: FUNDING.id, value: 'rejects', label: 'Money, not Afghanistan' },
    ])
    expect(storyJson(toStoryFile(mini))).toBe(canonicalText(miniWith(FUNDING)))
  })

  it('refuses a claim id the store holds with other wording, naming both, and writes nothing', async () => {
    const other = { ...FUNDING, wording: 'Pakistan blames Afghanistan for money.' }
    const attempt = importStoryText(store.db, 'mini-other.json', miniWith(other, 'mini-other'), CLI)
    await expect(attempt).rejects.toBeInstanceOf(StoryDataError)
    await expect(attempt).rejects.toThrow(
      `claim ${FUNDING.id}: it is worded “Pakistan blames Afghanistan for money.” here, but the store already holds it worded “${FUNDING.wording}” (used by mini-claims, ${SEED_ID})`,
    )
    expect(await readStory(store.db, 'mini-other')).toBeUndefined()
  })

  it('refuses a slug another claim holds', async () => {
    const clash = { id: 'another-claim', slug: FUNDING.slug, wording: 'Another claim.' }
    await expect(importStoryText(store.db, 'x.json', miniWith(clash, 'mini-slug'), CLI)).rejects.toThrow(
      `claim another-claim: slug "${FUNDING.slug}" is already the slug of claim ${FUNDING.id}`,
    )
    expect(await readStory(store.db, 'mini-slug')).toBeUndefined()
  })

  it('lets a replaced story reword a claim only it uses, and records the rewording', async () => {
    const raw = JSON.parse(miniWith(FUNDING))
    raw.claims[0].wording = raw.question = 'The bridge was closed because it is unsafe.'
    await importStoryText(store.db, 'mini-claims.json', JSON.stringify(raw), { replace: true, ...CLI })
    expect((await readStory(store.db, 'mini-claims'))!.claims[0]!.wording).toBe(raw.question)
    expect(await claimRewordingsOf(store.db, 'mini-claims-main')).toMatchObject([
      { before: 'The bridge was closed for safety reasons.', after: raw.question, actor: CLI.actor },
    ])
    const [change] = await entityHistory(store.db, 'mini-claims', 'claim', 'mini-claims-main')
    expect(change).toMatchObject({ action: 'reword', actor: CLI.actor })
  })

  it('rewords a shared claim everywhere: each story moves on a version and records it', async () => {
    const stamps = [await storyStamp(store.db, SEED_ID), await storyStamp(store.db, 'mini-claims')]
    const wording = 'Pakistan’s accusations against Afghanistan serve to attract international funding.'
    const result = await store.db.transaction((tx) =>
      rewordClaim(tx, { claimId: FUNDING.id, wording, actor: 'user:editor@example.org' }),
    )
    expect(result).toEqual({ before: FUNDING.wording, after: wording, stories: ['mini-claims', SEED_ID] })
    for (const [i, id] of [SEED_ID, 'mini-claims'].entries()) {
      expect(await storyStamp(store.db, id)).not.toBe(stamps[i])
      const story = (await readStory(store.db, id))!
      expect(story.claims.find((c) => c.id === FUNDING.id)!.wording).toBe(wording)
      const [change] = await entityHistory(store.db, id, 'claim', FUNDING.id)
      expect(change).toMatchObject({
        action: 'reword',
        actor: 'user:editor@example.org',
        before: { wording: FUNDING.wording },
        after: { wording },
      })
    }
  })

  it('gives a story without claims its question as the main claim, and exports it as it was', async () => {
    const { story } = await importStoryText(store.db, 'mini.json', MINI, CLI)
    const back = (await readStory(store.db, story.id))!
    expect(back.claims).toEqual([
      { id: 'mini-question', slug: 'mini-question', wording: JSON.parse(MINI).question, notes: [] },
    ])
    expect(storyJson(toStoryFile(back))).not.toContain('"claims"')
    expect(storyJson(toStoryFile(back))).toBe(canonicalText(MINI))
  })
})
