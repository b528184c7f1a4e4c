import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statementChanges } from '../../edits/diff'
import type { StatementSnapshot } from '../../edits/statement'
import { toStoryFile, readStory } from '../../store/read'
import type { Store } from '../../store/db'
import { changeCount, entityHistory } from '../../store/history'
import { readStatement } from '../../store/statement-rows'
import { editStatementAs, seededStore, storeForFile } from '../testing'
import { restoreStatementVersion } from './restore'

/**
 * A statement's own date, set and cleared through the same edit as every other field:
 * checked, version-checked, logged with a readable change, and read back by the story.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const ID = 'radmanesh-doha'
const EDITOR = 'user:editor@example.org'

let store: Store
storeForFile((s) => (store = s), seededStore)

const current = async () => (await readStatement(store.db, STORY, ID))!
const edit = async (date: string | null, expectedVersion?: number) =>
  editStatementAs(store.db, {
    storyId: STORY,
    statementId: ID,
    actor: EDITOR,
    expectedVersion: expectedVersion ?? (await current()).version,
    changes: { date },
  })
const storyDate = async () =>
  toStoryFile((await readStory(store.db, STORY))!).statements.find((s) => s.id === ID)!.date

describe('a statement’s own date', () => {
  it('is set by an edit, read by the story, and logged as a change of "Date"', async () => {
    expect((await current()).date).toBeNull()
    expect(await storyDate()).toBeUndefined()
    const after = await edit('2023-12-14')
    expect(after.date).toBe('2023-12-14')
    expect(await storyDate()).toBe('2023-12-14')
    const [change] = await entityHistory(store.db, STORY, 'statement', ID)
    expect(change).toMatchObject({ action: 'update', actor: EDITOR, version: after.version })
    expect(statementChanges(change!.before as StatementSnapshot, change!.after as StatementSnapshot)).toEqual(
      [{ field: 'date', label: 'Date', before: '(none: the source’s date)', after: '2023-12-14' }],
    )
  })

  it('refuses a day that does not exist, in the editor’s words, and changes nothing', async () => {
    const before = await current()
    const count = await changeCount(store.db, STORY)
    for (const bad of ['2023-02-29', '2023-12-32', '14 December', '2023-12-14T09:00']) {
      const attempt = edit(bad)
      await expect(attempt).rejects.toMatchObject({ code: 'invalid' })
      await expect(attempt).rejects.toMatchObject({
        details: { field: 'date' },
        message: expect.stringMatching(/^The date the statement was made must be a real day/),
      })
    }
    expect(await current()).toEqual(before)
    expect(await changeCount(store.db, STORY)).toBe(count)
  })

  it('refuses a save from a stale version with the current row', async () => {
    const before = await current()
    const attempt = edit('2023-12-01', before.version - 1)
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' })
    await expect(attempt).rejects.toMatchObject({
      details: { current: before, attempted: { date: '2023-12-01' } },
    })
    expect(await current()).toEqual(before)
  })

  it('clears when emptied, and a restore of the earlier version puts the day back', async () => {
    const cleared = await edit('')
    expect(cleared.date).toBeNull()
    expect(await storyDate()).toBeUndefined()
    const [clearing, setting] = await entityHistory(store.db, STORY, 'statement', ID)
    expect(
      statementChanges(clearing!.before as StatementSnapshot, clearing!.after as StatementSnapshot),
    ).toEqual([{ field: 'date', label: 'Date', before: '2023-12-14', after: '(none: the source’s date)' }])
    const restored = await restoreStatementVersion(store.db, {
      storyId: STORY,
      changeId: setting!.id,
      actor: EDITOR,
    })
    expect(restored.date).toBe('2023-12-14')
  })

  it('stays when a version logged before statements had dates is restored', async () => {
    const dated = await editStatementAs(store.db, {
      storyId: STORY,
      statementId: 'munir-support',
      actor: EDITOR,
      expectedVersion: (await readStatement(store.db, STORY, 'munir-support'))!.version,
      changes: { date: '2023-12-10', attribution: 'an edit to undo' },
    })
    // The version before, as the log held versions before statements had dates: no field.
    const old: Partial<StatementSnapshot> = { ...dated, attribution: 'old words', version: dated.version - 1 }
    delete old.date
    const [change] = await entityHistory(store.db, STORY, 'statement', 'munir-support')
    await store.db.execute(
      sql`update changes set before = ${JSON.stringify(old)}::jsonb where id = ${change!.id}`,
    )
    const restored = await restoreStatementVersion(store.db, {
      storyId: STORY,
      changeId: change!.id,
      side: 'before',
      actor: EDITOR,
    })
    expect(restored.attribution).toBe('old words')
    expect(restored.date).toBe('2023-12-10')
  })
})
