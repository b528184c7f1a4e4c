import '../server-only'
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { AnchoredStatement } from '../../story/story-check'
import type { StoreDb } from '../../store/db'
import { entityHistory } from '../../store/history'
import { caveatsOf, readStatement, snapshotOf, type StatementSnapshot } from '../../store/statement-rows'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound, staleVersion } from '../errors'
import { bumpStory, recordChange } from '../history'

/**
 * What every statement command shares: the row read and locked, the version check, the
 * write of a new version (row and caveats) and its record in the change log.
 */

export interface Target {
  storyId: string
  statementId: string
  actor: string
}

/** The statement as it is, its row locked until the transaction ends. */
export async function lockStatement(tx: StoreDb, storyId: string, statementId: string) {
  const row = await readStatement(tx, storyId, statementId, { lock: true })
  if (!row) throw notFound(`There is no statement “${statementId}” in this story.`)
  return row
}

export function checkVersion(row: StatementSnapshot, expected: number | undefined, attempted?: unknown) {
  if (expected !== undefined && row.version !== expected) throw staleVersion(row, attempted)
}

/** Every statement change: the story's version moves on, and the change is logged with it. */
export async function recordStatement(
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

/**
 * Whether the camp is there, held (`for key share`) until the transaction ends: a camp's
 * deletion locks its camps first, so a statement moving (or coming back) into a camp
 * being deleted on another instance either lands first, and the deletion is refused with
 * it listed, or waits, and finds the camp gone.
 */
export async function campExists(tx: StoreDb, storyId: string, campId: string) {
  const [row] = await tx
    .select({ id: t.perspectives.id })
    .from(t.perspectives)
    .where(and(eq(t.perspectives.storyId, storyId), eq(t.perspectives.id, campId)))
    .for('key share')
  return row !== undefined
}

/**
 * The refusal of a move into a camp that is not in the story: a 409 when the log says it
 * was deleted (someone else did, since the editor chose it), a 400 for an id that never was.
 * Either names the camp field, where the editor's form shows it; the statement itself is
 * as the editor saw it, so no "their version" comes with it.
 */
export async function noSuchCamp(tx: StoreDb, storyId: string, campId: string) {
  const [last] = await entityHistory(tx, storyId, 'perspective', campId)
  return last?.action === 'delete'
    ? new CommandError(
        'conflict',
        'That camp was deleted by someone else since you chose it, so your change was not saved. Reload the page to see the story’s camps, then choose one.',
        { field: 'perspective' },
      )
    : invalid('perspective', 'That camp is not one of this story’s camps.')
}

export async function sourceTextOf(tx: StoreDb, storyId: string, sourceId: string): Promise<string> {
  const [row] = await tx
    .select({ text: t.sources.text })
    .from(t.sources)
    .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
  if (!row) throw invalid('source', 'This statement’s source is no longer in the story.')
  return row.text
}

/** Writes `next` over the statement's row (and caveats), a version up. */
export async function saveStatement(tx: StoreDb, storyId: string, next: StatementSnapshot, deleted: boolean) {
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

/** The columns a snapshot's fields are written to. */
export function columnsOf(s: Omit<StatementSnapshot, 'id' | 'version' | 'deleted' | 'source'>) {
  return {
    perspectiveId: s.perspective,
    speakerName: s.speaker.name,
    speakerRole: s.speaker.role,
    text: s.text,
    occurrence: s.occurrence,
    anchorStart: s.anchor.start,
    anchorEnd: s.anchor.end,
    kind: s.kind,
    attribution: s.attribution,
    channel: s.channel,
    stanceValue: s.stance?.value ?? null,
    stanceLabel: s.stance?.label ?? null,
    // A version logged before statements had a date of their own had none.
    statementDate: s.date ?? null,
  }
}

/** A statement the story check anchored, as its row at `position`. */
export function statementRow(storyId: string, position: number, s: AnchoredStatement) {
  return {
    storyId,
    id: s.id,
    position,
    sourceId: s.source,
    ...columnsOf({ ...s, occurrence: s.occurrence ?? null, stance: s.stance ?? null }),
  }
}

/** The caveats of statements, as rows in their order. */
export const caveatRows = (
  storyId: string,
  statements: readonly { id: string; caveats: readonly string[] }[],
) =>
  statements.flatMap((s) =>
    s.caveats.map((text, position) => ({ storyId, statementId: s.id, position, text })),
  )

async function writeCaveats(db: StoreDb, storyId: string, statementId: string, caveats: string[]) {
  await db
    .delete(t.caveats)
    .where(and(eq(t.caveats.storyId, storyId), eq(t.caveats.statementId, statementId)))
  const rows = caveatRows(storyId, [{ id: statementId, caveats }])
  if (rows.length > 0) await db.insert(t.caveats).values(rows)
}

/**
 * Deleted statements of a camp or source being deleted go with it for good. Their last
 * version stays in the log, from where a restore puts them back once the camp exists.
 */
export async function purgeDeleted(
  db: StoreDb,
  storyId: string,
  column: PgColumn,
  value: string,
  actor: string,
) {
  const where: SQL | undefined = and(
    eq(t.statements.storyId, storyId),
    eq(column, value),
    isNotNull(t.statements.deletedAt),
  )
  const rows = await db.select().from(t.statements).where(where)
  for (const row of rows) {
    const before = snapshotOf(row, await caveatsOf(db, storyId, row.id))
    await db.delete(t.statements).where(and(eq(t.statements.storyId, storyId), eq(t.statements.id, row.id)))
    await recordChange(db, { storyId, entity: 'statement', entityId: row.id, action: 'purge', actor, before })
  }
}
