import '../server-only'
import { RESTORABLE, type StatementSnapshot } from '../../edits/statement'
import type { StoreDb } from '../../store/db'
import { invalid, notFound } from '../errors'
import { inTransaction } from '../transaction'
import {
  campExists,
  checkVersion,
  lockStatement,
  noSuchCamp,
  recordStatement,
  saveStatement,
  sourceTextOf,
  type Target,
} from './rows'
import type { StatementChanges } from './schema'
import { spanFromSelection } from './span'

/**
 * Editing one statement: the changed fields (already held to their rules by the schema)
 * are checked against the story (its camps, the statement's source), the statement's and
 * the story's versions go up, and the change is recorded, in one transaction. A save made
 * from a version that is no longer current is refused with the row as it is now.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export async function editStatement(
  db: StoreDb,
  input: Target & { expectedVersion: number; changes: StatementChanges },
): Promise<StatementSnapshot> {
  return inTransaction(db, async (tx) => {
    const { storyId, statementId, changes, actor } = input
    const before = await lockStatement(tx, storyId, statementId)
    if (before.deleted) throw notFound('This statement was deleted. Restore it before editing it.')
    checkVersion(before, input.expectedVersion, changes)
    const next: StatementSnapshot = { ...before }
    if (changes.perspective !== undefined && changes.perspective !== before.perspective) {
      if (!(await campExists(tx, storyId, changes.perspective)))
        throw await noSuchCamp(tx, storyId, changes.perspective)
      next.perspective = changes.perspective
    }
    if (changes.speaker) next.speaker = { ...changes.speaker }
    if (changes.kind !== undefined) next.kind = changes.kind
    if (changes.attribution !== undefined) next.attribution = changes.attribution
    if (changes.channel !== undefined) next.channel = changes.channel
    if (changes.stance) next.stance = { ...changes.stance }
    if (changes.caveats) next.caveats = [...changes.caveats]
    if (changes.date !== undefined) next.date = changes.date
    if (
      changes.anchor &&
      (changes.anchor.start !== before.anchor.start || changes.anchor.end !== before.anchor.end)
    ) {
      const span = spanFromSelection(await sourceTextOf(tx, storyId, before.source), changes.anchor)
      Object.assign(next, span)
    }
    const changed = RESTORABLE.filter((field) => !same(before[field], next[field]))
    if (changed.length === 0) return before
    const after = await saveStatement(tx, storyId, next, false)
    await recordStatement(tx, {
      storyId,
      statementId,
      action: changed.length === 1 && changed[0] === 'perspective' ? 'move' : 'update',
      actor,
      before,
      after,
    })
    return after
  })
}

/**
 * Soft delete (the row stays, out of every read and export, restorable from the log), or
 * undoing one: the statement comes back as it was when deleted, once its camp is there.
 */
export async function setDeleted(
  db: StoreDb,
  input: Target & { expectedVersion?: number; deleted: boolean },
): Promise<StatementSnapshot> {
  const { storyId, statementId, actor, deleted } = input
  return inTransaction(db, async (tx) => {
    const before = await lockStatement(tx, storyId, statementId)
    if (before.deleted === deleted) return before
    checkVersion(before, input.expectedVersion, deleted ? { delete: true } : undefined)
    if (!deleted && !(await campExists(tx, storyId, before.perspective)))
      throw invalid('perspective', 'This statement’s camp was deleted: add the camp back first.')
    const after = await saveStatement(tx, storyId, before, deleted)
    await recordStatement(tx, {
      storyId,
      statementId,
      action: deleted ? 'delete' : 'restore',
      actor,
      before,
      after,
    })
    return after
  })
}
