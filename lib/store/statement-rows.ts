import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { StoreDb } from './db'
import type { StatementSnapshot } from '../edits/statement'
import * as t from './tables'

export type { StatementSnapshot } from '../edits/statement'
export { RESTORABLE } from '../edits/statement'

type Row = typeof t.statements.$inferSelect

export function snapshotOf(row: Row, caveats: string[]): StatementSnapshot {
  return {
    id: row.id,
    perspective: row.perspectiveId,
    speaker: { name: row.speakerName, role: row.speakerRole },
    text: row.text,
    kind: row.kind,
    attribution: row.attribution,
    channel: row.channel,
    stance:
      row.stanceValue === null || row.stanceLabel === null
        ? null
        : { value: row.stanceValue, label: row.stanceLabel },
    source: row.sourceId,
    occurrence: row.occurrence,
    caveats,
    anchor: { start: row.anchorStart, end: row.anchorEnd },
    date: row.statementDate,
    version: row.version,
    deleted: row.deletedAt !== null,
  }
}

export async function caveatsOf(db: StoreDb, storyId: string, statementId: string): Promise<string[]> {
  const rows = await db
    .select({ text: t.caveats.text })
    .from(t.caveats)
    .where(and(eq(t.caveats.storyId, storyId), eq(t.caveats.statementId, statementId)))
    .orderBy(asc(t.caveats.position))
  return rows.map((r) => r.text)
}

/** One statement, deleted or not; `lock` holds its row until the transaction ends. */
export async function readStatement(
  db: StoreDb,
  storyId: string,
  statementId: string,
  { lock = false } = {},
): Promise<StatementSnapshot | undefined> {
  const query = db
    .select()
    .from(t.statements)
    .where(and(eq(t.statements.storyId, storyId), eq(t.statements.id, statementId)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) return undefined
  return snapshotOf(row, await caveatsOf(db, storyId, statementId))
}

/** A story's deleted statements, for the change log's "Restore". */
export async function deletedStatements(db: StoreDb, storyId: string): Promise<StatementSnapshot[]> {
  const rows = await db
    .select()
    .from(t.statements)
    .where(and(eq(t.statements.storyId, storyId), isNotNull(t.statements.deletedAt)))
    .orderBy(asc(t.statements.position))
  return Promise.all(rows.map(async (row) => snapshotOf(row, await caveatsOf(db, storyId, row.id))))
}

/** The live statements whose `column` is `value` (a camp's or a source's): what blocks its deletion. */
export async function statementsCiting(db: StoreDb, storyId: string, column: PgColumn, value: string) {
  const rows = await db
    .select({ id: t.statements.id, speaker: t.statements.speakerName, text: t.statements.text })
    .from(t.statements)
    .where(and(eq(t.statements.storyId, storyId), eq(column, value), isNull(t.statements.deletedAt)))
    .orderBy(asc(t.statements.position))
  return rows
}
