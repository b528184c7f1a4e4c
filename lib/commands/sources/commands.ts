import '../server-only'
import { and, eq, sql, type SQL } from 'drizzle-orm'
import { sourceList } from '../../store/camp-list'
import type { StoreDb } from '../../store/db'
import { nonResponsesCiting } from '../../store/claim-reads'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound } from '../errors'
import type { StoryTarget } from '../stories/edit'
import { inTransaction } from '../transaction'
import { counted, deleteChecked, itOrThem, saveVersioned, SOURCE } from '../versioned'
import type { SourceFacts, SourceSnapshot } from './schema'

/**
 * A source's facts (publisher, title, date, address; its text never changes), and its
 * deletion once no statement cites it. The values come checked by the schema.
 */

async function lockSource(tx: StoreDb, storyId: string, id: string): Promise<SourceSnapshot> {
  const [row] = await sourceList(tx, storyId, { id, lock: true })
  if (!row) throw notFound('That source is not in this story.')
  return row
}

export async function editSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion: number; changes: Partial<SourceFacts> },
): Promise<SourceSnapshot> {
  return inTransaction(db, async (tx) =>
    saveVersioned(tx, SOURCE, { ...input, before: await lockSource(tx, input.storyId, input.sourceId) }),
  )
}

export async function deleteSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion?: number },
): Promise<SourceSnapshot> {
  const { storyId, sourceId } = input
  return deleteChecked(db, SOURCE, input, {
    load: (tx) => lockSource(tx, storyId, sourceId),
    inUse: (n) =>
      `${counted(n, 'statement')} still cite${n === 1 ? 's' : ''} this source: delete ${itOrThem(n)} first.`,
    async check(tx) {
      const count = async (table: typeof t.events | typeof t.sources, where: SQL | undefined) =>
        (
          (await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(table)
            .where(where)) as [{ n: number }]
        )[0].n
      const passages = await count(
        t.events,
        and(eq(t.events.storyId, storyId), eq(t.events.sourceId, sourceId)),
      )
      if (passages > 0)
        throw new CommandError(
          'in_use',
          `The reporter’s narration (${counted(passages, 'passage')}) is anchored in this source, so it cannot be deleted.`,
          { field: 'source' },
        )
      const silent = await nonResponsesCiting(tx, storyId, { source: sourceId })
      if (silent > 0)
        throw new CommandError(
          'in_use',
          `${silent} record${silent === 1 ? '' : 's'} that a camp gave no public response ${silent === 1 ? 'is' : 'are'} anchored in this source, so it cannot be deleted.`,
          { field: 'source' },
        )
      if ((await count(t.sources, eq(t.sources.storyId, storyId))) <= 1)
        throw invalid('source', 'A story needs at least one source.')
    },
  })
}
