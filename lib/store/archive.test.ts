import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDeleted } from '../commands/statements/edit'
import { importStoryText } from '../commands/stories/import'
import type { Story } from '../story/story-check'
import { storySummary } from '../view/view-model'
import { readStoryCounts } from './archive'
import type { Store } from './db'
import { readStory, storyStamps } from './read'
import { tempStore } from './testing'

/**
 * The home page's counts by SQL aggregates give exactly the cards it computed before from
 * every story read whole. The oracle below is that computation as it stood, kept here to
 * hold the new read to it.
 */

function oldStorySummary(story: Story) {
  return {
    id: story.id,
    title: story.title,
    question: story.question,
    summary: story.summary ?? null,
    total: story.statements.length,
    perspectives: story.perspectives.map((p, index) => ({
      id: p.id,
      label: p.label,
      index,
      count: story.statements.filter((s) => s.perspective === p.id).length,
    })),
  }
}

const root = path.join(__dirname, '..', '..')
let temp: Awaited<ReturnType<typeof tempStore>>
let store: Store
let scratch: string

/** A generated story, its speakers reworked so names cross stories and camps. */
function generated(id: string, seed: number, statements: number, rename: (i: number) => string | undefined) {
  const out = path.join(scratch, id)
  const args = ['scripts/generate-story.mjs', '--statements', String(statements), '--seed', String(seed)]
  const run = spawnSync(process.execPath, [...args, '--id', id, '--out', out], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(run.stderr)
  const story = JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8'))
  story.statements.forEach((statement: { speaker: { name: string } }, i: number) => {
    const name = rename(i)
    if (name) statement.speaker.name = name
  })
  return JSON.stringify(story)
}

// Stories whose ids sort differently by code point and by word ('b-2' and 'b10'), one
// name in two spellings, deleted statements.

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'reader-archive-test-'))
  temp = await tempStore()
  store = temp.store
  const stories = [
    generated('archive-b10', 2, 900, (i) =>
      i % 9 === 0 ? 'Ilsa Varden' : i % 13 === 0 ? 'Zoë Ahmadi' : undefined,
    ),
    generated('archive-a', 1, 1200, (i) =>
      i % 11 === 0 ? 'Varden' : i % 7 === 0 ? 'Zoe Ahmadi' : undefined,
    ),
    generated('archive-b-2', 3, 600, (i) => (i % 5 === 0 ? 'Ilsa Varden' : undefined)),
    readFileSync(path.join(root, 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json'), 'utf8'),
  ]
  for (const [i, text] of stories.entries())
    await importStoryText(store.db, `story-${i}.json`, text, { actor: 'seed' })
  for (const statementId of ['s1', 's7', 's22', 's400'])
    await setDeleted(store.db, {
      storyId: 'archive-a',
      statementId,
      actor: 'user:editor@example.org',
      deleted: true,
    })
}, 240_000)

afterAll(async () => {
  await temp?.done()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** Every story read whole, in the order the pages read them. */
async function wholeStories(): Promise<Story[]> {
  const stamps = await storyStamps(store.db)
  return Promise.all(stamps.map(async ({ id }) => (await readStory(store.db, id))!))
}

describe('the archive read by SQL aggregates', () => {
  it('gives the home page the cards the whole stories gave', async () => {
    const stories = await wholeStories()
    expect(stories.find((s) => s.id === 'archive-a')!.statements).toHaveLength(1196)
    const cards = (await readStoryCounts(store.db)).map(storySummary)
    expect(cards).toEqual(stories.map(oldStorySummary))
  }, 60_000)
})
