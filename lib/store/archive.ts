import { asc, sql, type SQL } from 'drizzle-orm'
import type { StoreDb } from './db'
import * as t from './tables'

/**
 * Reads across the archive by SQL aggregates, so the home page never reads a story
 * whole: counts come grouped from the store. Stories come in id order, camps in their
 * story's order, as the whole-story reads give them.
 */

/** A story's heading and its statements counted by camp (camps in the story's order). */
export interface StoryCounts {
  id: string
  title: string
  question: string
  summary: string | null
  perspectives: { id: string; label: string; count: number }[]
}

/** Rows of a query whose one column is a JSON text built by the server (fast to parse). */
export async function jsonRows<T>(db: StoreDb, query: SQL): Promise<T[]> {
  const result = await db.execute<{ rows: string | null }>(query)
  const text = (result as unknown as { rows: { rows: string | null }[] }).rows[0]?.rows
  return text ? (JSON.parse(text) as T[]) : []
}

export async function readStoryCounts(db: StoreDb): Promise<StoryCounts[]> {
  return db.transaction(async (tx) => {
    const heads = await tx
      .select({
        id: t.stories.id,
        title: t.stories.title,
        question: t.stories.question,
        summary: t.stories.summary,
      })
      .from(t.stories)
      .orderBy(asc(t.stories.id))
    const camps = await tx
      .select({ storyId: t.perspectives.storyId, id: t.perspectives.id, label: t.perspectives.label })
      .from(t.perspectives)
      .orderBy(asc(t.perspectives.storyId), asc(t.perspectives.position))
    const counts = await jsonRows<[storyId: string, perspectiveId: string, count: number]>(
      tx,
      sql`select json_agg(json_build_array(story_id, perspective_id, n))::text as rows from (
        select story_id, perspective_id, count(*) as n from ${t.statements}
        where deleted_at is null group by story_id, perspective_id) counted`,
    )
    const countOf = new Map(counts.map(([storyId, id, n]) => [`${storyId}\u0000${id}`, n]))
    const byStory = new Map(heads.map((head) => [head.id, { ...head, perspectives: [] } as StoryCounts]))
    for (const camp of camps)
      byStory.get(camp.storyId)?.perspectives.push({
        id: camp.id,
        label: camp.label,
        count: countOf.get(`${camp.storyId}\u0000${camp.id}`) ?? 0,
      })
    return [...byStory.values()]
  })
}
