import { and, asc, eq, type SQL } from 'drizzle-orm'
import type { StoreDb } from './db'
import * as t from './tables'

/**
 * A story's camps and sources' facts (not their text), in order, with their versions:
 * what the edit forms offer, and what a command locks (`lock`: the rows are held until
 * its transaction ends).
 */

type Options = { lock?: boolean }

const inOrder = <Q extends { for(strength: 'update'): unknown }>(query: Q, { lock = false }: Options) =>
  (lock ? query.for('update') : query) as Q

export async function campList(db: StoreDb, storyId: string, options: Options = {}) {
  return inOrder(
    db
      .select({
        id: t.perspectives.id,
        label: t.perspectives.label,
        definition: t.perspectives.definition,
        position: t.perspectives.position,
        version: t.perspectives.version,
      })
      .from(t.perspectives)
      .where(eq(t.perspectives.storyId, storyId))
      .orderBy(asc(t.perspectives.position))
      .$dynamic(),
    options,
  )
}

/** The story's sources, or (with `id`) the one source. */
export async function sourceList(db: StoreDb, storyId: string, options: Options & { id?: string } = {}) {
  const where: SQL | undefined =
    options.id === undefined
      ? eq(t.sources.storyId, storyId)
      : and(eq(t.sources.storyId, storyId), eq(t.sources.id, options.id))
  return inOrder(
    db
      .select({
        id: t.sources.id,
        publisher: t.sources.publisher,
        title: t.sources.title,
        date: t.sources.date,
        url: t.sources.url,
        version: t.sources.version,
      })
      .from(t.sources)
      .where(where)
      .orderBy(asc(t.sources.position))
      .$dynamic(),
    options,
  )
}
