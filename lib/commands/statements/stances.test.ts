import { describe, expect, it } from 'vitest'
import { statementChanges } from '../../edits/diff'
import type { StatementSnapshot } from '../../edits/statement'
import type { Store } from '../../store/db'
import { changeCount, entityHistory } from '../../store/history'
import { readStory, toStoryFile } from '../../store/read'
import { readStatement } from '../../store/statement-rows'
import { editStatementAs, seededStore, storeForFile } from '../testing'
import { restoreStatementVersion } from './restore'

/**
 * A statement's stances on the story's further claims, coded in the edit form: each save
 * checked against the story's claims, one transaction a version up, its history entry,
 * and a conflict when the statement moved on. The main claim keeps its own `stance`.
 */

const STORY = 'pakistan-afghanistan-militancy-2023'
const ID = 'achakzai-double-game'
const EDITOR = 'user:editor@example.org'
const COMMANDERS = 'taliban-commanders-assist-militants'
const TERRITORY = 'militants-operate-from-afghan-territory'

let store: Store
storeForFile((s) => (store = s), seededStore)

const current = async () => (await readStatement(store.db, STORY, ID))!
const edit = async (stances: unknown, expectedVersion?: number) =>
  editStatementAs(store.db, {
    storyId: STORY,
    statementId: ID,
    actor: EDITOR,
    expectedVersion: expectedVersion ?? (await current()).version,
    changes: { stances },
  })
const inStory = async () =>
  toStoryFile((await readStory(store.db, STORY))!).statements.find((s) => s.id === ID)!.stances

describe('a statement’s stances on further claims', () => {
  it('are set by an edit, read back by the story in its claim order, and logged', async () => {
    const before = await current()
    expect(before.stances).toEqual([])
    const stances = [
      { claim: TERRITORY, value: 'supports', label: 'A “double-handed game” from across the border' },
      { claim: COMMANDERS, value: 'mixed', label: 'Hints at the Taliban’s hand' },
    ]
    const after = await edit(stances)
    expect(after.version).toBe(before.version + 1)
    // The story's claim order, whatever order the form sent them in.
    expect(after.stances).toEqual(stances)
    expect(await inStory()).toEqual(stances)
    const [change] = await entityHistory(store.db, STORY, 'statement', ID)
    expect(change).toMatchObject({ action: 'update', actor: EDITOR, version: after.version })
    expect(statementChanges(change!.before as StatementSnapshot, change!.after as StatementSnapshot)).toEqual(
      [
        {
          field: 'stances',
          label: 'Stances on further claims',
          before: '(none)',
          after:
            `${TERRITORY}: Supports — A “double-handed game” from across the border; ` +
            `${COMMANDERS}: Mixed — Hints at the Taliban’s hand`,
        },
      ],
    )
  })

  it('refuse a claim the story does not have, the main claim, a claim twice or an empty label; nothing changes', async () => {
    const before = await current()
    const count = await changeCount(store.db, STORY)
    const refusals: [unknown, RegExp][] = [
      [[{ claim: 'no-such-claim', value: 'supports', label: 'x' }], /not one of this story’s claims/],
      [
        [{ claim: 'militancy-driven-from-afghanistan', value: 'supports', label: 'x' }],
        /the story’s question: set it as the statement’s stance/,
      ],
      [
        [
          { claim: COMMANDERS, value: 'supports', label: 'x' },
          { claim: COMMANDERS, value: 'rejects', label: 'y' },
        ],
        /one stance on each claim/,
      ],
      [[{ claim: COMMANDERS, value: 'supports', label: ' ' }], /The stance’s label cannot be empty/],
      [[{ claim: COMMANDERS, value: 'agrees', label: 'x' }], /The stance must be one of/],
    ]
    for (const [stances, message] of refusals) {
      const attempt = edit(stances)
      await expect(attempt).rejects.toMatchObject({
        code: 'invalid',
        details: { field: expect.stringMatching(/^stances/) },
      })
      await expect(attempt).rejects.toThrow(message)
    }
    expect(await current()).toEqual(before)
    expect(await changeCount(store.db, STORY)).toBe(count)
  })

  it('refuse a save made from an older version, with the statement as it is now', async () => {
    const now = await current()
    const attempt = edit([], now.version - 1)
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: { current: { version: now.version, stances: now.stances } },
    })
    expect(await current()).toEqual(now)
  })

  it('are cleared by an empty list, and a restore of the earlier version puts them back', async () => {
    const coded = await current()
    expect(coded.stances).toHaveLength(2)
    const cleared = await edit([])
    expect(cleared.stances).toEqual([])
    expect(await inStory()).toEqual([])
    const [change] = await entityHistory(store.db, STORY, 'statement', ID)
    const restored = await restoreStatementVersion(store.db, {
      storyId: STORY,
      changeId: change!.id,
      actor: EDITOR,
      side: 'before',
    })
    expect(restored.stances).toEqual(coded.stances)
    expect(await inStory()).toEqual(coded.stances)
  })
})
