import '../server-only'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { StoreDb } from '../../store/db'
import { statementsCiting } from '../../store/statement-rows'
import * as t from '../../store/tables'
import { slugify, uniqueId } from '../../story/values'
import { CommandError, invalid, notFound, staleVersion } from '../errors'
import { recordStoryChange as record } from '../history'
import { purgeDeleted } from '../statements/rows'
import type { StoryTarget } from '../stories/edit'
import { inTransaction } from '../transaction'
import { refuseLookAlike } from './look-alike'
import type { CampSnapshot } from './schema'

/**
 * A story's camps: add, rename or redefine (with a version check), reorder, and delete
 * only when no statement is left in the camp. Each is one transaction with its record.
 * The values come checked by the schema; the story is checked here.
 */

async function camps(tx: StoreDb, storyId: string): Promise<CampSnapshot[]> {
  return tx
    .select({
      id: t.perspectives.id,
      label: t.perspectives.label,
      definition: t.perspectives.definition,
      position: t.perspectives.position,
      version: t.perspectives.version,
    })
    .from(t.perspectives)
    .where(eq(t.perspectives.storyId, storyId))
    .orderBy(asc(t.perspectives.position))
    .for('update')
}

export async function addCamp(
  db: StoreDb,
  input: StoryTarget & { label: string; definition: string },
): Promise<CampSnapshot> {
  const { storyId, actor, label, definition } = input
  return inTransaction(db, async (tx) => {
    const list = await camps(tx, storyId)
    refuseLookAlike(label, list)
    // The id is made once and kept: renaming the camp leaves its address alone.
    const id = uniqueId(slugify(label).slice(0, 40).replace(/-+$/, '') || 'camp', new Set(list.map((c) => c.id)))
    const position = list.length === 0 ? 0 : Math.max(...list.map((c) => c.position)) + 1
    await tx.insert(t.perspectives).values({ storyId, id, position, label, definition })
    const after = { id, label, definition, position, version: 1 }
    await record(tx, {
      storyId,
      entity: 'perspective',
      entityId: id,
      action: 'create',
      actor,
      after,
      version: 1,
    })
    return after
  })
}

export async function editCamp(
  db: StoreDb,
  input: StoryTarget & {
    campId: string
    expectedVersion: number
    changes: { label?: string; definition?: string }
  },
): Promise<CampSnapshot> {
  const { storyId, campId: id, changes, actor } = input
  return inTransaction(db, async (tx) => {
    const list = await camps(tx, storyId)
    const before = list.find((c) => c.id === id)
    if (!before) throw notFound('That camp is not in this story.')
    if (before.version !== input.expectedVersion) throw staleVersion(before, changes)
    if (changes.label !== undefined)
      refuseLookAlike(
        changes.label,
        list.filter((c) => c.id !== id),
      )
    const after = { ...before, ...changes, version: before.version + 1 }
    if (after.label === before.label && after.definition === before.definition) return before
    await tx
      .update(t.perspectives)
      .set({
        label: after.label,
        definition: after.definition,
        version: after.version,
        updatedAt: sql`now()`,
      })
      .where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, id)))
    await record(tx, {
      storyId,
      entity: 'perspective',
      entityId: id,
      action: 'update',
      actor,
      before,
      after,
      version: after.version,
    })
    return after
  })
}

/** `order` must name every camp once, as the editor saw them; otherwise someone else changed them. */
export async function reorderCamps(
  db: StoreDb,
  input: StoryTarget & { order: string[] },
): Promise<CampSnapshot[]> {
  const { storyId, order, actor } = input
  return inTransaction(db, async (tx) => {
    const list = await camps(tx, storyId)
    if (list.length === 0) throw notFound(`There is no story “${storyId}”.`)
    const ids = list.map((c) => c.id)
    if (
      order.length !== ids.length ||
      new Set(order).size !== order.length ||
      !order.every((id) => ids.includes(id))
    )
      throw staleVersion(
        list,
        order,
        'Someone else changed the camps since you opened this page. Reload it to see them, then order them again.',
      )
    if (order.every((id, i) => ids[i] === id)) return list
    for (const [position, id] of order.entries())
      await tx
        .update(t.perspectives)
        .set({ position, updatedAt: sql`now()` })
        .where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, id)))
    await record(tx, {
      storyId,
      entity: 'story',
      entityId: storyId,
      action: 'reorder',
      actor,
      before: { camps: ids },
      after: { camps: order },
    })
    return order.map((id, position) => ({ ...list.find((c) => c.id === id)!, position }))
  })
}

export async function deleteCamp(
  db: StoreDb,
  input: StoryTarget & { campId: string; expectedVersion?: number },
): Promise<void> {
  const { storyId, campId: id, actor } = input
  await inTransaction(db, async (tx) => {
    const list = await camps(tx, storyId)
    const before = list.find((c) => c.id === id)
    if (!before) throw notFound('That camp is not in this story.')
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion)
      throw staleVersion(before, { delete: true })
    const citing = await statementsCiting(tx, storyId, t.statements.perspectiveId, id)
    if (citing.length > 0)
      throw new CommandError(
        'in_use',
        `The camp “${before.label}” still has ${citing.length} statement${citing.length === 1 ? '' : 's'}: move ${citing.length === 1 ? 'it' : 'them'} to another camp or delete ${citing.length === 1 ? 'it' : 'them'} first.`,
        { field: 'perspective', statements: citing },
      )
    if (list.length === 1) throw invalid('perspective', 'A story needs at least one camp.')
    await purgeDeleted(tx, storyId, t.statements.perspectiveId, id, actor)
    await tx.delete(t.perspectives).where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, id)))
    await record(tx, { storyId, entity: 'perspective', entityId: id, action: 'delete', actor, before })
  })
}
