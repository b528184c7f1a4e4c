import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rewordClaim } from '../commands/claims/reword'
import { setDeleted } from '../commands/statements/edit'
import { importStoryText } from '../commands/stories/import'
import { inTransaction } from '../commands/transaction'
import {
  appStore,
  forgetFigures,
  forgetStamp,
  getStory,
  getStoryCounts,
  keptViews,
  STAMP_TRUST_MS,
  storyFigure,
  storyView,
} from './app-store'

/**
 * The app's cached reads follow writes: the archive's counts are kept only while every
 * story's stamp is unchanged, and a write from this process drops its story at once. The
 * story page's views are kept per version of the story (and so of its claims) and per view,
 * made afresh for editors, and bounded by STORY_VIEW_CACHE_MB (set small here, before the
 * cache is made).
 */

const LIMIT_MB = 0.05
process.env.STORY_VIEW_CACHE_MB = String(LIMIT_MB)

const STORY = 'pakistan-afghanistan-militancy-2023'
const EDITOR = 'user:editor@example.org'
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'reader-app-store-'))
  process.env.PGLITE_DIR = path.join(dir, 'db')
  const store = await appStore()
  const file = path.join(__dirname, '..', '..', 'data', 'stories', `${STORY}.json`)
  await importStoryText(store.db, 'seed.json', readFileSync(file, 'utf8'), { actor: 'seed' })
}, 180_000)

afterAll(async () => {
  await (await appStore()).close()
  rmSync(dir, { recursive: true, force: true })
})

const totalOf = async () =>
  (await getStoryCounts()).find((s) => s.id === STORY)!.perspectives.reduce((n, p) => n + p.count, 0)
describe('the app store’s cached reads', () => {
  it('keeps the counts while nothing changes, and counts again after a write', async () => {
    const story = (await getStory(STORY))!
    const total = story.statements.length
    expect(await totalOf()).toBe(total)
    expect(await getStoryCounts()).toBe(await getStoryCounts())
    const [first] = story.statements

    const store = await appStore()
    await setDeleted(store.db, { storyId: STORY, statementId: first!.id, actor: EDITOR, deleted: true })
    forgetStamp(STORY)

    expect(await totalOf()).toBe(total - 1)
    const after = (await getStory(STORY))!
    expect(after).not.toBe(story)
    expect(after.statements.map((s) => s.id)).not.toContain(first!.id)
  })
})

const counted = <T>(make: () => T) => {
  const calls = { n: 0 }
  return { calls, make: () => (calls.n++, make()) }
}
const viewKeys = () => keptViews().keys.filter((key) => key.includes('\u0000view\u0000'))

describe('the story page’s views kept between requests', () => {
  it('makes a view once per version of the story and per view key', async () => {
    const story = (await getStory(STORY))!
    const ids = counted(() => story.statements.map((s) => s.id))
    const first = await storyView(story, 'all', ids.make)
    expect(await storyView(story, 'all', ids.make)).toBe(first)
    expect(ids.calls.n).toBe(1)
    // Another view of the same version is its own entry.
    await storyView(story, 'another', ids.make)
    expect(ids.calls.n).toBe(2)

    // A write moves the story's version on: the next request's view is made from it.
    const removed = story.statements[0]!.id
    await setDeleted((await appStore()).db, {
      storyId: STORY,
      statementId: removed,
      actor: EDITOR,
      deleted: true,
    })
    forgetStamp(STORY)
    const after = (await getStory(STORY))!
    const next = await storyView(after, 'all', () => after.statements.map((s) => s.id))
    expect(next).not.toContain(removed)
    expect(first).toContain(removed)
  })

  it('makes a new view when one of the story’s claims is reworded', async () => {
    const story = (await getStory(STORY))!
    const wording = () => story.claims.map((c) => c.wording)
    const before = await storyView(story, 'claims', wording)
    const claim = story.claims[story.claims.length - 1]!
    const reworded = `${claim.wording.replace(/\.$/, '')} in 2023.`
    await inTransaction((await appStore()).db, (tx) =>
      rewordClaim(tx, { claimId: claim.id, wording: reworded, actor: EDITOR }),
    )
    forgetStamp(STORY)
    const after = (await getStory(STORY))!
    const now = await storyView(after, 'claims', () => after.claims.map((c) => c.wording))
    expect(before).not.toContain(reworded)
    expect(now).toContain(reworded)
  })

  it('makes an editor’s view afresh each time and keeps nothing of it', async () => {
    const story = (await getStory(STORY))!
    const held = viewKeys()
    const made = counted(() => ['editor'])
    await storyView(story, 'editor', made.make, { fresh: true })
    await storyView(story, 'editor', made.make, { fresh: true })
    expect(made.calls.n).toBe(2)
    expect(viewKeys()).toEqual(held)
    // A reader's request for the same view does not find the editor's.
    await storyView(story, 'editor', made.make)
    expect(made.calls.n).toBe(3)
  })

  it('keeps a figure from other tables for a moment, and reads it again after a write through the app', async () => {
    const story = (await getStory(STORY))!
    const read = counted(() => Promise.resolve({ pairs: 0 }))
    await storyFigure(story, 'agreement', read.make)
    await storyFigure(story, 'agreement', read.make)
    expect(read.calls.n).toBe(1)
    forgetFigures()
    await storyFigure(story, 'agreement', read.make)
    expect(read.calls.n).toBe(2)
    forgetFigures(STORY)
    await storyFigure(story, 'agreement', read.make)
    expect(read.calls.n).toBe(3)
    // A write from another process shows once the trust has run out.
    await new Promise((resolve) => setTimeout(resolve, STAMP_TRUST_MS + 50))
    await storyFigure(story, 'agreement', read.make)
    expect(read.calls.n).toBe(4)
    // Editors read it for each request.
    await storyFigure(story, 'agreement', read.make, { fresh: true })
    expect(read.calls.n).toBe(5)
  })

  it('stays within STORY_VIEW_CACHE_MB, the least recently used view leaving first', async () => {
    const story = (await getStory(STORY))!
    const limit = keptViews().limit
    expect(limit).toBe(LIMIT_MB * 1024 * 1024)
    // Each view about a fifth of the limit (two bytes a character): four fit, not five.
    const big = (n: number) => () => `${n}`.padEnd(limit / 10, '.')
    for (let n = 0; n < 4; n++) await storyView(story, `big ${n}`, big(n))
    // Using the first makes the second the least recently used: the fifth pushes it out.
    await storyView(story, 'big 0', big(0))
    await storyView(story, 'big 4', big(4))
    const { bytes, keys } = keptViews()
    expect(bytes).toBeLessThanOrEqual(limit)
    const kept = keys.filter((key) => key.includes('big ')).map((key) => key.slice(key.lastIndexOf(' ') + 1))
    expect(kept).toEqual(['2', '3', '0', '4'])
  })
})
