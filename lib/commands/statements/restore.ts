import '../server-only'
import { eq, sql } from 'drizzle-orm'
import { RESTORABLE, type StatementSnapshot } from '../../edits/statement'
import type { StoreDb } from '../../store/db'
import { changeById } from '../../store/history'
import { readStatement } from '../../store/statement-rows'
import * as t from '../../store/tables'
import { describeProblem } from '../endpoint'
import { invalid, notFound } from '../errors'
import { inTransaction } from '../transaction'
import { campExists, checkVersion, columnsOf, recordStatement, saveStatement, sourceTextOf } from './rows'
import { statementChanges } from './schema'
import { spanFromSelection } from './span'

/**
 * Putting a statement back: undoing a delete, or restoring a version from its history.
 * A restored version is held to today's rules, as if it were typed again.
 */

/** A past version's fields, checked by the rules every edit follows. */
function checkFields(version: StatementSnapshot) {
  const { perspective, speaker, kind, attribution, channel, stance, caveats } = version
  const checked = statementChanges.safeParse({
    perspective,
    speaker,
    kind,
    attribution,
    channel,
    // A statement that takes stances on further claims may have none on the main one.
    ...(stance ? { stance } : {}),
    caveats,
  })
  if (!checked.success) {
    const { field, message } = describeProblem(checked.error)
    throw invalid(
      field,
      `That version cannot be restored: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
    )
  }
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
  return inTransaction(db, async (tx) => {
    const change = await changeById(tx, storyId, input.changeId)
    if (
      !change ||
      change.entity !== 'statement' ||
      (input.statementId !== undefined && change.entityId !== input.statementId)
    )
      throw notFound('That change is not in this story’s history.')
    const version = (
      input.side === 'before' ? change.before : (change.after ?? change.before)
    ) as StatementSnapshot | null
    if (!version) throw notFound('That change left no version of the statement to restore.')
    if (!(await campExists(tx, storyId, version.perspective)))
      throw invalid('perspective', 'That version’s camp was deleted: add the camp back first.')
    checkFields(version)
    // Source texts never change, but the anchor is checked as if it were new.
    const span = spanFromSelection(await sourceTextOf(tx, storyId, version.source), version.anchor)
    // A statement purged with its camp or source comes back as a new row.
    const before = (await readStatement(tx, storyId, change.entityId, { lock: true })) ?? null
    if (before) checkVersion(before, input.expectedVersion)
    const base = before ?? (await reinsert(tx, storyId, version))
    const next: StatementSnapshot = { ...base, ...pick(version), ...span }
    const after = await saveStatement(tx, storyId, next, false)
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
