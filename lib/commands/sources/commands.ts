import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { StoreDb } from '../../store/db'
import { statementsCiting } from '../../store/statement-rows'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound, staleVersion } from '../errors'
import { recordStoryChange as record } from '../history'
import { purgeDeleted } from '../statements/rows'
import type { StoryTarget } from '../stories/edit'
import { inTransaction } from '../transaction'
import type { SourceFacts, SourceSnapshot } from './schema'

/**
 * A source's facts (publisher, title, date, address; its text never changes), and its
 * deletion once no statement cites it. The values come checked by the schema.
 */

async function lockSource(tx: StoreDb, storyId: string, id: string): Promise<SourceSnapshot> {
  const [row] = await tx
    .select({
      id: t.sources.id,
      publisher: t.sources.publisher,
      title: t.sources.title,
      date: t.sources.date,
      url: t.sources.url,
      version: t.sources.version,
    })
    .from(t.sources)
    .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, id)))
    .for('update')
  if (!row) throw notFound('That source is not in this story.')
  return row
}

export async function editSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion: number; changes: Partial<SourceFacts> },
): Promise<SourceSnapshot> {
  const { storyId, sourceId, changes, actor } = input
  return inTransaction(db, async (tx) => {
    const before = await lockSource(tx, storyId, sourceId)
    if (before.version !== input.expectedVersion) throw staleVersion(before, changes)
    const after = { ...before, ...changes, version: before.version + 1 }
    if (JSON.stringify({ ...after, version: 0 }) === JSON.stringify({ ...before, version: 0 })) return before
    await tx
      .update(t.sources)
      .set({
        publisher: after.publisher,
        title: after.title,
        date: after.date,
        url: after.url,
        version: after.version,
        updatedAt: sql`now()`,
      })
      .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
    await record(tx, {
      storyId,
      entity: 'source',
      entityId: sourceId,
      action: 'update',
      actor,
      before,
      after,
      version: after.version,
    })
    return after
  })
}

export async function deleteSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion?: number },
): Promise<void> {
  const { storyId, sourceId, actor } = input
  await inTransaction(db, async (tx) => {
    const before = await lockSource(tx, storyId, sourceId)
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion)
      throw staleVersion(before, { delete: true })
    const citing = await statementsCiting(tx, storyId, t.statements.sourceId, sourceId)
    if (citing.length > 0)
      throw new CommandError(
        'in_use',
        `${citing.length} statement${citing.length === 1 ? '' : 's'} still cite${citing.length === 1 ? 's' : ''} this source: delete ${citing.length === 1 ? 'it' : 'them'} first.`,
        { field: 'source', statements: citing },
      )
    const [events] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(t.events)
      .where(and(eq(t.events.storyId, storyId), eq(t.events.sourceId, sourceId)))) as [{ n: number }]
    if (events.n > 0)
      throw new CommandError(
        'in_use',
        `The reporter’s narration (${events.n} passage${events.n === 1 ? '' : 's'}) is anchored in this source, so it cannot be deleted.`,
        { field: 'source' },
      )
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(t.sources)
      .where(eq(t.sources.storyId, storyId))) as [{ n: number }]
    if (n <= 1) throw invalid('source', 'A story needs at least one source.')
    await purgeDeleted(tx, storyId, t.statements.sourceId, sourceId, actor)
    await tx.delete(t.sources).where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
    await record(tx, { storyId, entity: 'source', entityId: sourceId, action: 'delete', actor, before })
  })
}
