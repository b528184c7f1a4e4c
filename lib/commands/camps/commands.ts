import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import { campList } from '../../store/camp-list'
import { nonResponseCount, nonResponsesCiting } from '../../store/claim-reads'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { slugify, uniqueId } from '../../story/values'
import { CommandError, invalid, notFound, staleVersion } from '../errors'
import { recordStoryChange as record } from '../history'
import type { StoryTarget } from '../stories/edit'
import { inTransaction } from '../transaction'
import { CAMP, counted, deleteChecked, itOrThem, saveVersioned } from '../versioned'
import { refuseLookAlike } from './look-alike'
import type { CampSnapshot } from './schema'

/**
 * A story's camps: add, rename or redefine (with a version check), reorder, and delete
 * only when no statement is left in the camp. Each is one transaction with its record.
 * The values come checked by the schema; the story is checked here.
 */

/** The story's camps, in order, held until the transaction ends. */
const camps = (tx: StoreDb, storyId: string): Promise<CampSnapshot[]> => campList(tx, storyId, { lock: true })

async function theCamp(tx: StoreDb, storyId: string, id: string) {
  const list = await camps(tx, storyId)
  const camp = list.find((c) => c.id === id)
  if (!camp) throw notFound('That camp is not in this story.')
  return { list, camp }
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
    const id = uniqueId(
      slugify(label).slice(0, 40).replace(/-+$/, '') || 'camp',
      new Set(list.map((c) => c.id)),
    )
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
  const { storyId, campId, changes } = input
  return inTransaction(db, async (tx) => {
    const { list, camp } = await theCamp(tx, storyId, campId)
    if (changes.label !== undefined)
      refuseLookAlike(
        changes.label,
        list.filter((c) => c.id !== campId),
      )
    return saveVersioned(tx, CAMP, { ...input, before: camp })
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
): Promise<CampSnapshot> {
  let count = 0
  return deleteChecked(db, CAMP, input, {
    load: async (tx) => {
      const { list, camp } = await theCamp(tx, input.storyId, input.campId)
      count = list.length
      return camp
    },
    inUse: (n, camp) =>
      `The camp “${camp.label}” still has ${counted(n, 'statement')}: move ${itOrThem(n)} to another camp or delete ${itOrThem(n)} first.`,
    check: async (tx, camp) => {
      const silent = await nonResponsesCiting(tx, input.storyId, { perspective: camp.id })
      if (silent > 0)
        throw new CommandError(
          'in_use',
          `The camp “${camp.label}” still has ${nonResponseCount(silent)} to a claim, so it cannot be deleted.`,
          { field: 'perspective' },
        )
      if (count === 1) throw invalid('perspective', 'A story needs at least one camp.')
    },
  })
}
