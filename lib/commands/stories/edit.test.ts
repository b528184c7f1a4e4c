import { describe, expect, it } from 'vitest'
import * as campCommands from '../camps/commands'
import { deleteCamp, reorderCamps } from '../camps/commands'
import * as camps from '../camps/schema'
import { parseInput } from '../endpoint'
import type { Store } from '../../store/db'
import type { CommandError } from '../errors'
import { claimRewordingsOf } from '../../store/claim-reads'
import { changeCount, entityHistory } from '../../store/history'
import { readStory } from '../../store/read'
import { readStatement } from '../../store/statement-rows'
import * as sourceCommands from '../sources/commands'
import { deleteSource } from '../sources/commands'
import * as sources from '../sources/schema'
import { setDeleted } from '../statements/edit'
import { restoreStatementVersion } from '../statements/restore'
import * as storyCommands from './edit'
import { seededStore, storeForFile } from '../testing'
import * as stories from './schema'

const STORY = 'pakistan-afghanistan-militancy-2023'
const actor = 'user:editor@example.org'

let store: Store
storeForFile((s) => (store = s), seededStore)

const story = async () => (await readStory(store.db, STORY))!
/** Who edits which story, in every call. */
const story_ = { storyId: STORY, actor }

// Each edit as its route makes it: the body through the endpoint's schema, then the command.
type Target = { storyId: string; actor: string }
const editStory = async (
  db: Store['db'],
  { storyId, actor, ...body }: Target & { expected: unknown; changes: unknown },
) => storyCommands.editStory(db, { storyId, actor, ...parseInput(stories.editStory, body) })
const addCamp = async (
  db: Store['db'],
  { storyId, actor, ...body }: Target & { label: string; definition: string },
) => campCommands.addCamp(db, { storyId, actor, ...parseInput(camps.addCamp, body) })
const editCamp = async (
  db: Store['db'],
  { storyId, actor, campId, ...body }: Target & { campId: string; expectedVersion: number; changes: unknown },
) => campCommands.editCamp(db, { storyId, actor, campId, ...parseInput(camps.editCamp, body) })
const editSource = async (
  db: Store['db'],
  {
    storyId,
    actor,
    sourceId,
    ...body
  }: Target & { sourceId: string; expectedVersion: number; changes: unknown },
) => sourceCommands.editSource(db, { storyId, actor, sourceId, ...parseInput(sources.editSource, body) })

describe('the story’s title and question', () => {
  it('saves a change made from the current values and records it', async () => {
    const before = await story()
    await editStory(store.db, {
      storyId: STORY,
      actor,
      expected: { question: before.question },
      changes: { question: 'Militancy in Pakistan is driven from Afghanistan.' },
    })
    const after = await story()
    expect(after.question).toBe('Militancy in Pakistan is driven from Afghanistan.')
    const [change] = await entityHistory(store.db, STORY, 'story', STORY)
    expect(change).toMatchObject({ action: 'update', actor })
    expect(change!.before).toMatchObject({ question: before.question })
    // The question is the main claim's wording: the claim is reworded, with its history.
    expect(after.claims[0]).toMatchObject({
      id: 'militancy-driven-from-afghanistan',
      wording: 'Militancy in Pakistan is driven from Afghanistan.',
    })
    const [reworded] = await entityHistory(store.db, STORY, 'claim', 'militancy-driven-from-afghanistan')
    expect(reworded).toMatchObject({
      action: 'reword',
      actor,
      before: { wording: before.question },
      after: { wording: 'Militancy in Pakistan is driven from Afghanistan.' },
    })
    expect(await claimRewordingsOf(store.db, 'militancy-driven-from-afghanistan')).toMatchObject([
      { before: before.question, after: 'Militancy in Pakistan is driven from Afghanistan.', actor },
    ])
  })

  it('refuses a question worded as a question: it is the story’s main claim', async () => {
    const before = await story()
    await expect(
      editStory(store.db, {
        storyId: STORY,
        actor,
        expected: { question: before.question },
        changes: { question: 'Is militancy in Pakistan driven from Afghanistan?' },
      }),
    ).rejects.toMatchObject({ code: 'invalid', details: { field: 'question' } })
    expect((await story()).question).toBe(before.question)
  })

  it('refuses a change made from a question someone else has changed since', async () => {
    await expect(
      editStory(store.db, {
        storyId: STORY,
        actor,
        expected: { question: 'an old question' },
        changes: { question: 'Mine' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' })
    await expect(
      editStory(store.db, { storyId: STORY, actor, expected: {}, changes: { title: ' ' } }),
    ).rejects.toMatchObject({ details: { field: 'title' } })
  })
})

describe('camps', () => {
  it('adds, renames and reorders a camp, each recorded', async () => {
    const western = { label: 'Western governments', definition: 'Serving officials of Western states.' }
    const camp = await addCamp(store.db, { ...story_, ...western })
    expect(camp.id).toBe('western-governments')
    await expect(
      addCamp(store.db, { storyId: STORY, actor, label: 'western governments', definition: 'x' }),
    ).rejects.toMatchObject({ details: { field: 'label' } })
    const renamed = await editCamp(store.db, {
      storyId: STORY,
      actor,
      campId: camp.id,
      expectedVersion: 1,
      changes: { label: 'Western officials' },
    })
    expect(renamed.version).toBe(2)
    await expect(
      editCamp(store.db, {
        storyId: STORY,
        actor,
        campId: camp.id,
        expectedVersion: 1,
        changes: { label: 'Stale' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' })
    const ids = (await story()).perspectives.map((p) => p.id)
    expect(ids).toEqual(['pakistani-officials', 'taliban', 'analysts', 'western-governments'])
    await reorderCamps(store.db, {
      storyId: STORY,
      actor,
      order: ['western-governments', ...ids.slice(0, 3)],
    })
    expect((await story()).perspectives.map((p) => p.label)[0]).toBe('Western officials')
    await expect(
      reorderCamps(store.db, { storyId: STORY, actor, order: ids.slice(0, 3) }),
    ).rejects.toMatchObject({ code: 'conflict' })
    const log = await entityHistory(store.db, STORY, 'perspective', camp.id)
    expect(log.map((c) => c.action)).toEqual(['update', 'create'])
  })

  it('refuses to delete a camp that still has statements, naming them, and changes nothing', async () => {
    const count = await changeCount(store.db, STORY)
    const attempt = deleteCamp(store.db, { storyId: STORY, actor, campId: 'taliban' })
    await expect(attempt).rejects.toMatchObject({ code: 'in_use' })
    const error = (await attempt.catch((e: unknown) => e)) as CommandError
    expect(error.message).toMatch(/still has 1 statement: move it to another camp or delete it first/)
    expect(error.details.statements).toEqual([
      expect.objectContaining({ id: 'taliban-soil', speaker: 'The Taliban' }),
    ])
    expect((await story()).perspectives.map((p) => p.id)).toContain('taliban')
    expect(await changeCount(store.db, STORY)).toBe(count)
  })

  it('keeps a camp that a record of no public response names', async () => {
    // Its one statement deleted, the Taliban camp still holds the record that it did not respond.
    const soil = (await readStatement(store.db, STORY, 'taliban-soil'))!
    await setDeleted(store.db, {
      storyId: STORY,
      statementId: 'taliban-soil',
      actor,
      expectedVersion: soil.version,
      deleted: true,
    })
    const attempt = deleteCamp(store.db, { storyId: STORY, actor, campId: 'taliban' })
    await expect(attempt).rejects.toMatchObject({ code: 'in_use', details: { field: 'perspective' } })
    await expect(attempt).rejects.toThrow(
      'The camp “The Taliban” still has 1 record that it gave no public response to a claim, so it cannot be deleted.',
    )
    expect((await story()).perspectives.map((p) => p.id)).toContain('taliban')
    expect((await story()).nonResponses.map((n) => n.perspective)).toEqual(['taliban'])
  })

  it('deletes an emptied camp; its deleted statements go with it and come back from the log', async () => {
    // The analysts: two statements, and no record of a non-response.
    for (const id of ['radmanesh-doha', 'maarij-epicenter']) {
      const row = (await readStatement(store.db, STORY, id))!
      await setDeleted(store.db, {
        storyId: STORY,
        statementId: id,
        actor,
        expectedVersion: row.version,
        deleted: true,
      })
    }
    const doha = (await entityHistory(store.db, STORY, 'statement', 'radmanesh-doha'))[0]!.before as {
      text: string
      caveats: string[]
    }
    await deleteCamp(store.db, { storyId: STORY, actor, campId: 'analysts' })
    expect((await story()).perspectives.map((p) => p.id)).not.toContain('analysts')
    expect(await readStatement(store.db, STORY, 'radmanesh-doha')).toBeUndefined()
    const [purge, del] = await entityHistory(store.db, STORY, 'statement', 'radmanesh-doha')
    expect([purge!.action, del!.action]).toEqual(['purge', 'delete'])
    // Restoring it needs its camp back first.
    await expect(
      restoreStatementVersion(store.db, { storyId: STORY, changeId: purge!.id, actor }),
    ).rejects.toMatchObject({ details: { field: 'perspective' } })
    // With a camp of that id back, it returns, live, as a recorded restore.
    const camp = await addCamp(store.db, {
      storyId: STORY,
      actor,
      label: 'Analysts',
      definition: 'People quoted only as experts or analysts.',
    })
    expect(camp.id).toBe('analysts')
    const back = await restoreStatementVersion(store.db, { storyId: STORY, changeId: purge!.id, actor })
    expect(back).toMatchObject({
      perspective: 'analysts',
      text: doha.text,
      caveats: doha.caveats,
      deleted: false,
    })
    expect((await story()).statements.map((x) => x.id)).toContain('radmanesh-doha')
  })
})

describe('sources', () => {
  it('edits a source’s facts with a version check, and checks each fact', async () => {
    const after = await editSource(store.db, {
      storyId: STORY,
      actor,
      sourceId: 'seed-article',
      expectedVersion: 1,
      changes: { publisher: 'Amu TV', date: '2023-12-21' },
    })
    expect(after).toMatchObject({ publisher: 'Amu TV', date: '2023-12-21', version: 2 })
    expect((await story()).sources[0]!.publisher).toBe('Amu TV')
    await expect(
      editSource(store.db, {
        storyId: STORY,
        actor,
        sourceId: 'seed-article',
        expectedVersion: 1,
        changes: { title: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' })
    for (const [changes, field] of [
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ date: '21 December' }, 'date'],
      [{ date: '2024-02-31' }, 'date'],
      [{ date: { value: '2023-12-21', inferred: true } }, 'date.reason'],
      [{ publisher: 'Amu\u0000TV' }, 'publisher'],
    ] as const)
      await expect(
        editSource(store.db, {
          storyId: STORY,
          actor,
          sourceId: 'seed-article',
          expectedVersion: 2,
          changes,
        }),
      ).rejects.toMatchObject({ details: { field } })
    await editSource(store.db, {
      storyId: STORY,
      actor,
      sourceId: 'seed-article',
      expectedVersion: 2,
      changes: {
        url: 'unknown',
        date: { value: '2023-12-20', inferred: true, reason: 'the article says “yesterday”' },
      },
    })
  })

  it('refuses to delete a source that statements cite, naming them', async () => {
    const attempt = deleteSource(store.db, { storyId: STORY, actor, sourceId: 'seed-article' })
    await expect(attempt).rejects.toMatchObject({ code: 'in_use', details: { field: 'source' } })
    const error = (await attempt.catch((e: unknown) => e)) as CommandError
    expect(error.details.statements!.length).toBe((await story()).statements.length)
    expect((await story()).sources).toHaveLength(1)
  })
})
