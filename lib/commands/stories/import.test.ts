import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { StoryDataError } from '../../story/story-check'
import { canonicalText, storyJson } from '../../store/canonical'
import type { Store } from '../../store/db'
import { readStory, storyStamp, toStoryFile } from '../../store/read'
import { speakerAliases } from '../../store/speaker-tables'
import { storeForFile } from '../testing'
import { importStoryText } from './import'

const root = path.join(__dirname, '..', '..', '..')
const SEED = path.join(root, 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json')
const read = (file: string) => readFileSync(file, 'utf8')
const SEED_ACTOR = { actor: 'seed' }
const CLI = { actor: 'cli:tester@host' }

let store: Store
storeForFile((s) => (store = s))

async function exported(id: string): Promise<string> {
  const story = await readStory(store.db, id)
  if (!story) throw new Error(`${id} is not in the store`)
  return storyJson(toStoryFile(story))
}

describe('the store, on PGlite', () => {
  it('gives back the seed story byte for byte, with its anchors and content hash', async () => {
    const text = read(SEED)
    const { story } = await importStoryText(store.db, 'seed.json', text, SEED_ACTOR)
    expect(await exported(story.id)).toBe(text)
    const back = await readStory(store.db, story.id)
    expect(back).toEqual(story)
  })

  it('round-trips every fixture story in canonical form', async () => {
    const files = [
      path.join(root, 'lib', 'story', '__fixtures__', 'valid', 'mini.json'),
      ...readdirSync(path.join(root, 'e2e', 'fixtures', 'stories')).map((n) =>
        path.join(root, 'e2e', 'fixtures', 'stories', n),
      ),
    ]
    for (const file of files) {
      const text = read(file)
      const { story } = await importStoryText(store.db, file, text, SEED_ACTOR)
      expect(await exported(story.id)).toBe(canonicalText(text))
    }
  })

  it('keeps a statement’s own date through the store, and leaves it out where there is none', async () => {
    const file = path.join(root, 'e2e', 'fixtures', 'stories', 'fictional-reservoir-timeline.json')
    const raw = JSON.parse(read(file))
    const back = await readStory(store.db, raw.id)
    const dated = raw.statements.filter((s: { date?: string }) => s.date)
    expect(dated.length).toBeGreaterThan(0)
    for (const s of raw.statements) {
      expect(back?.statements.find((b) => b.id === s.id)?.date).toBe(s.date)
    }
  })

  it('migration 0004 makes the speaker alias table, which refuses a name merged into itself', async () => {
    await store.db.insert(speakerAliases).values({ name: 'Varden', canonical: 'Ilsa Varden', actor: 'seed' })
    const rows = await store.db.select().from(speakerAliases)
    expect(rows.map((r) => [r.name, r.canonical, r.actor, r.version])).toEqual([
      ['Varden', 'Ilsa Varden', 'seed', 1],
    ])
    await expect(
      store.db.insert(speakerAliases).values({ name: 'Oren Blay', canonical: 'Oren Blay', actor: 'seed' }),
    ).rejects.toThrow()
    await store.db.delete(speakerAliases)
  })

  it('refuses a second story with an id already stored, and replace bumps the version', async () => {
    const text = read(SEED)
    const id = JSON.parse(text).id as string
    await expect(importStoryText(store.db, 'again.json', text, CLI)).rejects.toMatchObject({
      name: 'CommandError',
      code: 'conflict',
    })
    const before = await storyStamp(store.db, id)
    expect(before).toMatch(/^1@/)
    const { replaced } = await importStoryText(store.db, 'again.json', text, { replace: true, ...CLI })
    expect(replaced).toEqual({ version: 1, statements: 7 })
    expect(await storyStamp(store.db, id)).toMatch(/^2@/)
    expect(await exported(id)).toBe(text)
  })

  it('a write that fails the check changes nothing and names story file, statement and field', async () => {
    const story = JSON.parse(read(SEED))
    story.statements[1].stance.value = 'angry'
    story.statements.push({ ...story.statements[0], id: 'extra' })
    const attempt = importStoryText(store.db, 'broken.json', JSON.stringify(story), { replace: true, ...CLI })
    await expect(attempt).rejects.toBeInstanceOf(StoryDataError)
    await expect(attempt).rejects.toThrow(
      `broken.json: statement ${story.statements[1].id}: stance.value must be one of supports, mixed, neutral, rejects (got "angry")`,
    )
    expect(await storyStamp(store.db, story.id)).toMatch(/^2@/)
    expect(await exported(story.id)).toBe(read(SEED))
  })

  it('a write the database refuses midway leaves nothing behind', async () => {
    const story = JSON.parse(read(path.join(root, 'lib', 'story', '__fixtures__', 'valid', 'mini.json')))
    story.id = 'half-written'
    // A failure after the rows are written, inside the same transaction.
    const text = JSON.stringify(story)
    await expect(
      store.db.transaction(async (tx) => {
        await importStoryText(tx, 'half.json', text, CLI)
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await readStory(store.db, 'half-written')).toBeUndefined()
  })
})
