import { and, asc, eq, sql } from 'drizzle-orm'
import type { StoreDb } from './db'
import { nonResponseCount, nonResponsesCiting } from './claim-reads'
import { EditError, requireFilled } from './edit-checks'
import { NotFoundError, recordStoryChange as record, StaleVersionError } from './history'
import { purgeDeleted, statementsCiting } from './statement-rows'
import type { StoryTarget } from './story-edits'
import * as t from './tables'

/**
 * A story's camps: add, rename or redefine (with a version check), reorder, and delete
 * only when no statement is left in the camp. Each is one transaction with its record.
 */

export interface CampSnapshot {
  id: string
  label: string
  definition: string
  position: number
  version: number
}

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

function campId(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'camp'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

export async function addCamp(
  db: StoreDb,
  input: StoryTarget & { label: string; definition: string },
): Promise<CampSnapshot> {
  const { storyId, actor } = input
  const label = requireFilled('label', input.label, 'The camp’s name')
  const definition = requireFilled('definition', input.definition, 'The camp’s definition')
  return db.transaction(async (tx) => {
    const list = await camps(tx, storyId)
    if (list.some((c) => c.label.trim().toLowerCase() === label.trim().toLowerCase()))
      throw new EditError('label', `This story already has a camp named “${label}”.`)
    const id = campId(label, new Set(list.map((c) => c.id)))
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
  if (changes.label !== undefined) requireFilled('label', changes.label, 'The camp’s name')
  if (changes.definition !== undefined)
    requireFilled('definition', changes.definition, 'The camp’s definition')
  return db.transaction(async (tx) => {
    const list = await camps(tx, storyId)
    const before = list.find((c) => c.id === id)
    if (!before) throw new NotFoundError('That camp is not in this story.')
    if (before.version !== input.expectedVersion)
      throw new StaleVersionError(before, input.expectedVersion, changes)
    if (
      changes.label !== undefined &&
      list.some((c) => c.id !== id && c.label.trim().toLowerCase() === changes.label!.trim().toLowerCase())
    )
      throw new EditError('label', `This story already has a camp named “${changes.label}”.`)
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
  return db.transaction(async (tx) => {
    const list = await camps(tx, storyId)
    if (list.length === 0) throw new NotFoundError(`There is no story “${storyId}”.`)
    const ids = list.map((c) => c.id)
    if (
      order.length !== ids.length ||
      new Set(order).size !== order.length ||
      !order.every((id) => ids.includes(id))
    )
      throw new StaleVersionError(list, undefined, order)
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
  await db.transaction(async (tx) => {
    const list = await camps(tx, storyId)
    const before = list.find((c) => c.id === id)
    if (!before) throw new NotFoundError('That camp is not in this story.')
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion)
      throw new StaleVersionError(before, input.expectedVersion, { delete: true })
    const citing = await statementsCiting(tx, storyId, t.statements.perspectiveId, id)
    if (citing.length > 0)
      throw new EditError(
        'perspective',
        `The camp “${before.label}” still has ${citing.length} statement${citing.length === 1 ? '' : 's'}: move ${citing.length === 1 ? 'it' : 'them'} to another camp or delete ${citing.length === 1 ? 'it' : 'them'} first.`,
        citing,
      )
    const silent = await nonResponsesCiting(tx, storyId, { perspective: id })
    if (silent > 0)
      throw new EditError(
        'perspective',
        `The camp “${before.label}” still has ${nonResponseCount(silent)} to a claim, so it cannot be deleted.`,
      )
    if (list.length === 1) throw new EditError('perspective', 'A story needs at least one camp.')
    await purgeDeleted(tx, storyId, t.statements.perspectiveId, id, actor)
    await tx.delete(t.perspectives).where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, id)))
    await record(tx, { storyId, entity: 'perspective', entityId: id, action: 'delete', actor, before })
  })
}
