import { and, eq, isNull, sql } from 'drizzle-orm'
import { campSuggester, type CampSuggestion, type RecordedStatement } from '../import/camp-suggestion'
import type { StoreDb } from './db'
import { readAliases } from './speakers'
import * as t from './tables'

/**
 * The speakers' record across stories: which camp editors placed each speaker's reviewed
 * statements in (every statement of a story is reviewed; drafts live in reviews). Deleted
 * statements are no record. Names an editor merged count as the one speaker they name.
 */
export async function speakerRecord(
  db: StoreDb,
  aliases: ReadonlyMap<string, string>,
): Promise<RecordedStatement[]> {
  const rows = await db
    .select({
      speaker: t.statements.speakerName,
      storyId: t.statements.storyId,
      storyTitle: t.stories.title,
      perspectiveId: t.perspectives.id,
      perspectiveLabel: t.perspectives.label,
      count: sql<number>`count(*)::int`,
    })
    .from(t.statements)
    .innerJoin(t.stories, eq(t.stories.id, t.statements.storyId))
    .innerJoin(
      t.perspectives,
      and(
        eq(t.perspectives.storyId, t.statements.storyId),
        eq(t.perspectives.id, t.statements.perspectiveId),
      ),
    )
    .where(isNull(t.statements.deletedAt))
    .groupBy(
      t.statements.speakerName,
      t.statements.storyId,
      t.stories.title,
      t.perspectives.id,
      t.perspectives.label,
    )
  return rows.flatMap((row) =>
    Array.from({ length: row.count }, () => ({
      speaker: aliases.get(row.speaker) ?? row.speaker,
      storyId: row.storyId,
      storyTitle: row.storyTitle,
      perspective: { id: row.perspectiveId, label: row.perspectiveLabel },
    })),
  )
}

/** The camp suggestions for a story's drafts, from the record as the store holds it now. */
export async function storeCampSuggester(
  db: StoreDb,
  story: { id: string; perspectives: readonly { id: string; label: string }[] },
): Promise<(speaker: string) => CampSuggestion | null> {
  const aliases = await readAliases(db)
  const suggest = campSuggester(story, await speakerRecord(db, aliases))
  return (speaker) => suggest(aliases.get(speaker) ?? speaker)
}
