import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDeleted } from '../commands/statements/edit'
import { importStoryText } from '../commands/stories/import'
import { appStore, forgetStamp, getStory, getStoryCounts } from './app-store'

/**
 * The app's cached reads follow writes: the archive's counts are kept only while every
 * story's stamp is unchanged, and a write from this process drops its story at once.
 */

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
