import './server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { StoreDb } from '../store/db'
import { statementsCiting } from '../store/statement-rows'
import * as t from '../store/tables'
import { CommandError, staleVersion } from './errors'
import { recordStoryChange } from './history'
import { purgeDeleted } from './statements/rows'
import { inTransaction } from './transaction'

/**
 * A story's camp or source, edited and deleted the same way: checked against the version
 * the editor started from, written a version up (or removed, with the deleted statements
 * that still named it), and recorded, inside the caller's transaction.
 */

type Part = {
  table: typeof t.perspectives | typeof t.sources
  entity: 'perspective' | 'source'
  cites: PgColumn
}

export const CAMP: Part = { table: t.perspectives, entity: 'perspective', cites: t.statements.perspectiveId }
export const SOURCE: Part = { table: t.sources, entity: 'source', cites: t.statements.sourceId }

interface Versioned {
  id: string
  version: number
}

export function checkVersion<R extends Versioned>(
  before: R,
  expected: number | undefined,
  attempted: unknown,
) {
  if (expected !== undefined && before.version !== expected) throw staleVersion(before, attempted)
}

const where = (part: Part, storyId: string, id: string) =>
  and(eq(part.table.storyId, storyId), eq(part.table.id, id))

/** Writes `changes` over `before` a version up, and records it; unchanged, nothing is written. */
export async function saveVersioned<R extends Versioned>(
  tx: StoreDb,
  part: Part,
  input: { storyId: string; actor: string; before: R; expectedVersion: number; changes: Partial<NoInfer<R>> },
): Promise<R> {
  const { storyId, actor, before, changes } = input
  checkVersion(before, input.expectedVersion, changes)
  const after = { ...before, ...changes, version: before.version + 1 }
  if (JSON.stringify({ ...after, version: 0 }) === JSON.stringify({ ...before, version: 0 })) return before
  const { id, ...columns } = after
  await tx
    .update(part.table)
    .set({ ...columns, updatedAt: sql`now()` })
    .where(where(part, storyId, id))
  await recordStoryChange(tx, {
    storyId,
    entity: part.entity,
    entityId: id,
    action: 'update',
    actor,
    before,
    after,
    version: after.version,
  })
  return after
}

/** The live statements that still name it: the deletion is refused, listing them. */
export async function refuseWhileCited(
  tx: StoreDb,
  part: Part,
  storyId: string,
  id: string,
  message: (n: number) => string,
) {
  const citing = await statementsCiting(tx, storyId, part.cites, id)
  if (citing.length > 0)
    throw new CommandError('in_use', message(citing.length), {
      field: part.entity === 'perspective' ? 'perspective' : 'source',
      statements: citing,
    })
}

/** Removes it, with its deleted statements (restorable from the log once it is back), and records it. */
export async function deleteVersioned(
  tx: StoreDb,
  part: Part,
  input: { storyId: string; actor: string; before: Versioned },
) {
  const { storyId, actor, before } = input
  await purgeDeleted(tx, storyId, part.cites, before.id, actor)
  await tx.delete(part.table).where(where(part, storyId, before.id))
  await recordStoryChange(tx, {
    storyId,
    entity: part.entity,
    entityId: before.id,
    action: 'delete',
    actor,
    before,
  })
}

/**
 * Deletes a camp or source in one transaction: refused if the editor's version is not
 * current, or while live statements name it (listed), or by the caller's own `check`.
 */
export async function deleteChecked<R extends Versioned>(
  db: StoreDb,
  part: Part,
  input: { storyId: string; actor: string; expectedVersion?: number },
  steps: {
    load: (tx: StoreDb) => Promise<R>
    inUse: (n: number, before: R) => string
    check?: (tx: StoreDb, before: R) => Promise<void>
  },
): Promise<R> {
  return inTransaction(db, async (tx) => {
    const before = await steps.load(tx)
    checkVersion(before, input.expectedVersion, { delete: true })
    await refuseWhileCited(tx, part, input.storyId, before.id, (n) => steps.inUse(n, before))
    await steps.check?.(tx, before)
    await deleteVersioned(tx, part, { ...input, before })
    return before
  })
}

/** "1 statement", "2 statements"; "it" or "them". */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
export const itOrThem = (n: number) => (n === 1 ? 'it' : 'them')
