import { and, eq, sql } from 'drizzle-orm'
import type { StoreDb } from './db'
import {
  checkStatementFields,
  EditError,
  spanFromSelection,
  statementDateOf,
  type StatementChanges,
} from './edit-checks'
import { bumpStory, changeById, NotFoundError, recordChange, StaleVersionError } from './history'
import { columnsOf, readStatement, RESTORABLE, writeCaveats, type StatementSnapshot } from './statement-rows'
import * as t from './tables'

/**
 * Editing one statement: each write checks what it touches, bumps the statement's and the
 * story's versions, and records the change, all in one transaction. A save made from a
 * version that is no longer current is refused with StaleVersionError.
 */

interface Target {
  storyId: string
  statementId: string
  actor: string
}

async function current(tx: StoreDb, storyId: string, statementId: string) {
  const row = await readStatement(tx, storyId, statementId, { lock: true })
  if (!row) throw new NotFoundError(`There is no statement “${statementId}” in this story.`)
  return row
}

function checkVersion(row: StatementSnapshot, expected: number | undefined, attempted?: unknown) {
  if (expected !== undefined && row.version !== expected)
    throw new StaleVersionError(row, expected, attempted)
}

/** Every statement change: the story's version moves on, and the change is logged with it. */
async function recordStatement(
  tx: StoreDb,
  change: {
    storyId: string
    statementId: string
    action: string
    actor: string
    before: unknown
    after: StatementSnapshot & { restoredFrom?: number | string }
  },
) {
  const { storyId, statementId, after, ...rest } = change
  const storyVersion = await bumpStory(tx, storyId)
  await recordChange(tx, {
    storyId,
    entity: 'statement',
    entityId: statementId,
    ...rest,
    after,
    version: after.version,
    storyVersion,
  })
}

async function campExists(tx: StoreDb, storyId: string, campId: string) {
  const [row] = await tx
    .select({ id: t.perspectives.id })
    .from(t.perspectives)
    .where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, campId)))
  return row !== undefined
}

async function sourceText(tx: StoreDb, storyId: string, sourceId: string): Promise<string> {
  const [row] = await tx
    .select({ text: t.sources.text })
    .from(t.sources)
    .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
  if (!row) throw new EditError('source', 'This statement’s source is no longer in the story.')
  return row.text
}

/** Writes `next` over the statement's row (and caveats), a version up. */
async function save(tx: StoreDb, storyId: string, next: StatementSnapshot, deleted: boolean) {
  await tx
    .update(t.statements)
    .set({
      ...columnsOf(next),
      deletedAt: deleted ? sql`coalesce(${t.statements.deletedAt}, now())` : null,
      version: sql`${t.statements.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(t.statements.storyId, storyId), eq(t.statements.id, next.id)))
  await writeCaveats(tx, storyId, next.id, next.caveats)
  return { ...next, version: next.version + 1, deleted }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export interface EditStatementInput extends Target {
  expectedVersion: number
  changes: StatementChanges
}

export async function editStatement(db: StoreDb, input: EditStatementInput): Promise<StatementSnapshot> {
  const { storyId, statementId, changes, actor } = input
  checkStatementFields(changes)
  return db.transaction(async (tx) => {
    const before = await current(tx, storyId, statementId)
    if (before.deleted) throw new NotFoundError('This statement was deleted. Restore it before editing it.')
    checkVersion(before, input.expectedVersion, changes)
    const next: StatementSnapshot = { ...before }
    if (changes.perspective !== undefined && changes.perspective !== before.perspective) {
      if (!(await campExists(tx, storyId, changes.perspective)))
        throw new EditError('perspective', 'That camp is not one of this story’s camps.')
      next.perspective = changes.perspective
    }
    if (changes.speaker) next.speaker = { name: changes.speaker.name, role: changes.speaker.role }
    if (changes.kind !== undefined) next.kind = changes.kind
    if (changes.attribution !== undefined) next.attribution = changes.attribution
    if (changes.channel !== undefined) next.channel = changes.channel
    if (changes.stance) next.stance = { value: changes.stance.value, label: changes.stance.label }
    if (changes.caveats) next.caveats = [...changes.caveats]
    if (changes.date !== undefined) next.date = statementDateOf(changes.date)
    if (
      changes.anchor &&
      (changes.anchor.start !== before.anchor.start || changes.anchor.end !== before.anchor.end)
    ) {
      const span = spanFromSelection(await sourceText(tx, storyId, before.source), changes.anchor)
      Object.assign(next, span)
    }
    const changed = RESTORABLE.filter((field) => !same(before[field], next[field]))
    if (changed.length === 0) return before
    const after = await save(tx, storyId, next, false)
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

/** Soft delete: the row stays, out of every read and export, restorable from the log. */
export async function deleteStatement(
  db: StoreDb,
  input: Target & { expectedVersion?: number },
): Promise<StatementSnapshot> {
  const { storyId, statementId, actor } = input
  return db.transaction(async (tx) => {
    const before = await current(tx, storyId, statementId)
    if (before.deleted) return before
    checkVersion(before, input.expectedVersion, { delete: true })
    const after = await save(tx, storyId, before, true)
    await recordStatement(tx, { storyId, statementId, action: 'delete', actor, before, after })
    return after
  })
}

/** Brings back a deleted statement as it was when deleted. */
export async function restoreStatement(
  db: StoreDb,
  input: Target & { expectedVersion?: number },
): Promise<StatementSnapshot> {
  const { storyId, statementId, actor } = input
  return db.transaction(async (tx) => {
    const before = await current(tx, storyId, statementId)
    if (!before.deleted) return before
    checkVersion(before, input.expectedVersion)
    if (!(await campExists(tx, storyId, before.perspective)))
      throw new EditError('perspective', 'This statement’s camp was deleted: add the camp back first.')
    const after = await save(tx, storyId, before, false)
    await recordStatement(tx, { storyId, statementId, action: 'restore', actor, before, after })
    return after
  })
}

/**
 * Puts back the statement as a recorded change left it (its "after"), or as it was
 * before it ("before", and for a change that left none). The restored version is live, checked against the
 * story as it is now (camp, anchor), and is itself a recorded change.
 */
export async function restoreStatementVersion(
  db: StoreDb,
  input: {
    storyId: string
    changeId: number
    /** When given, the change must be this statement's. */
    statementId?: string
    actor: string
    expectedVersion?: number
    /** The version the change left (default), or the one it replaced. */
    side?: 'after' | 'before'
  },
): Promise<StatementSnapshot> {
  const { storyId, actor } = input
  return db.transaction(async (tx) => {
    const change = await changeById(tx, storyId, input.changeId)
    if (
      !change ||
      change.entity !== 'statement' ||
      (input.statementId !== undefined && change.entityId !== input.statementId)
    )
      throw new NotFoundError('That change is not in this story’s history.')
    const version = (
      input.side === 'before' ? change.before : (change.after ?? change.before)
    ) as StatementSnapshot | null
    if (!version) throw new NotFoundError('That change left no version of the statement to restore.')
    if (!(await campExists(tx, storyId, version.perspective)))
      throw new EditError('perspective', 'That version’s camp was deleted: add the camp back first.')
    checkStatementFields({ ...version, stance: version.stance ?? undefined })
    // Source texts never change, but the anchor is checked as if it were new.
    const span = spanFromSelection(await sourceText(tx, storyId, version.source), version.anchor)
    // A statement purged with its camp or source comes back as a new row.
    const before = (await readStatement(tx, storyId, change.entityId, { lock: true })) ?? null
    if (before) checkVersion(before, input.expectedVersion)
    const base = before ?? (await reinsert(tx, storyId, version))
    const next: StatementSnapshot = { ...base, ...pick(version), ...span }
    const after = await save(tx, storyId, next, false)
    await recordStatement(tx, {
      storyId,
      statementId: change.entityId,
      action: 'restore',
      actor,
      before,
      after: { ...after, restoredFrom: change.id },
    })
    return after
  })
}

async function reinsert(
  tx: StoreDb,
  storyId: string,
  version: StatementSnapshot,
): Promise<StatementSnapshot> {
  const [{ last }] = (await tx
    .select({ last: sql<number>`coalesce(max(${t.statements.position}), -1)::int` })
    .from(t.statements)
    .where(eq(t.statements.storyId, storyId))) as [{ last: number }]
  await tx.insert(t.statements).values({
    storyId,
    id: version.id,
    position: last + 1,
    sourceId: version.source,
    ...columnsOf(version),
    version: 0,
  })
  return { ...version, version: 0, deleted: false }
}

function pick(version: StatementSnapshot): Partial<StatementSnapshot> {
  // A version logged before statements had their own date says nothing of it: the
  // current date stays.
  return Object.fromEntries(
    RESTORABLE.filter((field) => version[field] !== undefined).map((field) => [field, version[field]]),
  )
}
