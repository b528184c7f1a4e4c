import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storyJson } from '../../store/canonical'
import type { Store } from '../../store/db'
import { changeCount, entityHistory, storyHistory } from '../../store/history'
import { readStory, storyStamp, toStoryFile } from '../../store/read'
import { readStatement } from '../../store/statement-rows'
import { tempStore } from '../../store/testing'
import type { CommandError } from '../errors'
import { recordChange } from '../history'
import { seedFrom } from '../stories/seed'
import { editStatementAs } from '../testing'
import { setDeleted } from './edit'
import { restoreStatementVersion } from './restore'

const root = path.join(__dirname, '..', '..', '..')
const SEED_FILE = path.join(root, 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json')
const seedText = readFileSync(SEED_FILE, 'utf8')
const seed = JSON.parse(seedText)
const STORY = seed.id as string
const SOURCE = seed.sources[0].text as string
const EDITOR = 'user:editor@example.org'

let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await tempStore())
  const report = await seedFrom(store, path.dirname(SEED_FILE))
  expect(report.problems).toEqual([])
}, 120_000)
afterAll(() => done?.())

const statement = async (id: string) => (await readStatement(store.db, STORY, id))!
const liveIds = async () => (await readStory(store.db, STORY))!.statements.map((s) => s.id)

describe('the change log', () => {
  it('records seeding as "seed", with what was imported', async () => {
    const [first] = await entityHistory(store.db, STORY, 'story', STORY)
    expect(first).toMatchObject({ action: 'import', actor: 'seed', storyVersion: 1 })
    expect(first!.after).toMatchObject({ statements: 7, title: seed.title })
  })

  it('refuses a change with no one behind it, in the code and in the database', async () => {
    await expect(
      recordChange(store.db, {
        storyId: STORY,
        entity: 'statement',
        entityId: 'x',
        action: 'update',
        actor: '',
      }),
    ).rejects.toThrow(/who made it/)
    await expect(
      store.db.execute(
        sql`insert into changes (story_id, entity, entity_id, action, actor) values (${STORY}, 'statement', 'x', 'update', 'somebody')`,
      ),
    ).rejects.toThrow()
  })
})

describe('editing a statement', () => {
  it('saves the changed fields, bumps both versions and the stamp, and records before and after', async () => {
    const before = await statement('taliban-soil')
    const stamp = await storyStamp(store.db, STORY)
    const count = await changeCount(store.db, STORY)
    const after = await editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'taliban-soil',
      expectedVersion: before.version,
      actor: EDITOR,
      changes: { stance: { value: 'mixed', label: 'Denies, with a promise' }, caveats: ['One caveat left'] },
    })
    expect(after.version).toBe(before.version + 1)
    expect(after.stance).toEqual({ value: 'mixed', label: 'Denies, with a promise' })
    expect(await storyStamp(store.db, STORY)).not.toBe(stamp)
    expect(await changeCount(store.db, STORY)).toBe(count + 1)
    const [change] = await entityHistory(store.db, STORY, 'statement', 'taliban-soil')
    expect(change).toMatchObject({ action: 'update', actor: EDITOR, version: after.version })
    expect(change!.before).toMatchObject({ stance: before.stance, caveats: before.caveats })
    expect(change!.after).toMatchObject({ stance: after.stance, caveats: ['One caveat left'] })

    // The reader sees it, and the export names the edited data by its own hash.
    const story = (await readStory(store.db, STORY))!
    const row = story.statements.find((s) => s.id === 'taliban-soil')!
    expect(row.stance?.value).toBe('mixed')
    expect(row.caveats).toEqual(['One caveat left'])
    expect(story.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(story.contentHash).not.toBe(`sha256:${''}`)
    expect(storyJson(toStoryFile(story))).toContain('Denies, with a promise')
  })

  it('refuses a save from a stale version, carrying the current row, and changes nothing', async () => {
    const current = await statement('taliban-soil')
    const count = await changeCount(store.db, STORY)
    const attempt = editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'taliban-soil',
      expectedVersion: current.version - 1,
      actor: EDITOR,
      changes: { attribution: 'a conflicting edit' },
    })
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' })
    const error = (await attempt.catch((e: unknown) => e)) as CommandError
    expect(error.details.current).toEqual(current)
    expect(error.details.attempted).toEqual({ attribution: 'a conflicting edit' })
    expect(await statement('taliban-soil')).toEqual(current)
    expect(await changeCount(store.db, STORY)).toBe(count)
  })

  it.each([
    [{ speaker: { name: '  ', role: null } }, 'speaker.name'],
    [{ stance: { value: 'angry', label: 'x' } }, 'stance.value'],
    [{ stance: { value: 'rejects', label: '' } }, 'stance.label'],
    [{ kind: 'summary' }, 'kind'],
    [{ channel: 'rumour' }, 'channel'],
    [{ attribution: '' }, 'attribution'],
    [{ caveats: ['fine', ' '] }, 'caveats.1'],
    [{ perspective: 'no-such-camp' }, 'perspective'],
    [{ anchor: { start: 10, end: 5 } }, 'text'],
    [{ anchor: { start: 0, end: SOURCE.length + 1 } }, 'text'],
  ])('refuses %j naming the field %s, and changes nothing', async (changes, field) => {
    const current = await statement('maarij-epicenter')
    const attempt = editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'maarij-epicenter',
      expectedVersion: current.version,
      actor: EDITOR,
      changes,
    })
    await expect(attempt).rejects.toMatchObject({ code: 'invalid' })
    await expect(attempt).rejects.toMatchObject({ details: { field } })
    expect(await statement('maarij-epicenter')).toEqual(current)
  })

  it('takes new text only from a selection in the source, with white space folded and edges trimmed', async () => {
    const current = await statement('maarij-epicenter')
    const words = 'Pakistan was the epicenter'
    const at = SOURCE.indexOf(words)
    expect(at).toBeGreaterThan(-1)
    const after = await editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'maarij-epicenter',
      expectedVersion: current.version,
      actor: EDITOR,
      changes: { anchor: { start: at - 1, end: at + words.length } },
    })
    expect(after.text).toBe(words)
    expect(after.anchor).toEqual({ start: at, end: at + words.length })
    // The story file it exports passes the story check's own anchoring.
    const story = (await readStory(store.db, STORY))!
    expect(story.statements.find((s) => s.id === 'maarij-epicenter')!.text).toBe(words)
  })

  it('moves a statement to another camp as a "move"', async () => {
    const { version } = await statement('radmanesh-doha')
    const target = { storyId: STORY, statementId: 'radmanesh-doha', actor: EDITOR }
    await editStatementAs(store.db, {
      ...target,
      expectedVersion: version,
      changes: { perspective: 'taliban' },
    })
    const [change] = await entityHistory(store.db, STORY, 'statement', 'radmanesh-doha')
    expect(change).toMatchObject({ action: 'move' })
    expect((await statement('radmanesh-doha')).perspective).toBe('taliban')
  })
})

describe('deleting and restoring', () => {
  it('a soft delete leaves the statement out of the read and the export, and a restore brings it back', async () => {
    const current = await statement('achakzai-commanders')
    await setDeleted(store.db, {
      storyId: STORY,
      statementId: 'achakzai-commanders',
      expectedVersion: current.version,
      actor: EDITOR,
      deleted: true,
    })
    expect(await liveIds()).not.toContain('achakzai-commanders')
    const story = (await readStory(store.db, STORY))!
    expect(storyJson(toStoryFile(story))).not.toContain('"achakzai-commanders"')
    expect((await statement('achakzai-commanders')).deleted).toBe(true)

    await setDeleted(store.db, {
      storyId: STORY,
      statementId: 'achakzai-commanders',
      actor: EDITOR,
      deleted: false,
    })
    expect(await liveIds()).toContain('achakzai-commanders')
    const [restore, del] = await entityHistory(store.db, STORY, 'statement', 'achakzai-commanders')
    expect([restore!.action, del!.action]).toEqual(['restore', 'delete'])
    expect(
      (await readStory(store.db, STORY))!.statements.find((s) => s.id === 'achakzai-commanders')!.caveats,
    ).toEqual(seed.statements.find((s: { id: string }) => s.id === 'achakzai-commanders').caveats)
  })

  it('restores any past version from the log, as a change of its own', async () => {
    const original = seed.statements.find((s: { id: string }) => s.id === 'taliban-soil')
    const v = (await statement('taliban-soil')).version
    await editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'taliban-soil',
      expectedVersion: v,
      actor: 'user:other@example.org',
      changes: { kind: 'direct', stance: { value: 'supports', label: 'A second edit' } },
    })
    const log = await entityHistory(store.db, STORY, 'statement', 'taliban-soil')
    const [second, first] = log
    expect([second!.actor, first!.actor]).toEqual(['user:other@example.org', EDITOR])

    // The version the first edit left.
    const current = await statement('taliban-soil')
    const restored = await restoreStatementVersion(store.db, {
      storyId: STORY,
      changeId: first!.id,
      actor: EDITOR,
      expectedVersion: current.version,
    })
    expect(restored).toMatchObject({ version: current.version + 1, kind: original.kind })
    expect(restored.stance).toEqual({ value: 'mixed', label: 'Denies, with a promise' })

    // The version before it: the seed's, field for field.
    const seeded = await restoreStatementVersion(store.db, {
      storyId: STORY,
      changeId: first!.id,
      side: 'before',
      actor: EDITOR,
      expectedVersion: restored.version,
    })
    expect(seeded.stance).toEqual(original.stance)
    expect(seeded.caveats).toEqual(original.caveats)
    expect(seeded.text).toBe(original.text)
    const [entry] = await entityHistory(store.db, STORY, 'statement', 'taliban-soil')
    expect(entry).toMatchObject({ action: 'restore', actor: EDITOR, version: seeded.version })

    // A restore from a stale version is refused like any save.
    await expect(
      restoreStatementVersion(store.db, {
        storyId: STORY,
        changeId: first!.id,
        actor: EDITOR,
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'conflict' })
  })

  it('lists every change of the story, newest first', async () => {
    const log = await storyHistory(store.db, STORY)
    expect(log.length).toBe(await changeCount(store.db, STORY))
    expect(log.at(-1)).toMatchObject({ action: 'import', actor: 'seed' })
    expect(log.map((c) => c.id)).toEqual([...log.map((c) => c.id)].sort((a, b) => b - a))
  })
})
