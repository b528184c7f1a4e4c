import { asc, eq } from 'drizzle-orm'
import type { StoreDb } from './db'
import * as t from './tables'

/** A story's camps with their definitions, in order: what an edit form offers. */
export async function campList(db: StoreDb, storyId: string) {
  return db
    .select({
      id: t.perspectives.id,
      label: t.perspectives.label,
      definition: t.perspectives.definition,
      version: t.perspectives.version,
    })
    .from(t.perspectives)
    .where(eq(t.perspectives.storyId, storyId))
    .orderBy(asc(t.perspectives.position))
}

/** A story's sources' facts (not their text), in order, with their versions. */
export async function sourceList(db: StoreDb, storyId: string) {
  return db
    .select({
      id: t.sources.id,
      publisher: t.sources.publisher,
      title: t.sources.title,
      date: t.sources.date,
      url: t.sources.url,
      version: t.sources.version,
    })
    .from(t.sources)
    .where(eq(t.sources.storyId, storyId))
    .orderBy(asc(t.sources.position))
}
