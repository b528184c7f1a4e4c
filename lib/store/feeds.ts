import { and, asc, desc, eq } from 'drizzle-orm'
import type { StoreDb } from './db'
import { feedItems, feeds } from './feed-tables'

/** Reading a story's feeds and its inbox (lib/commands/feeds writes them). */

type FeedDbRow = typeof feeds.$inferSelect

export function toFeedRow(row: FeedDbRow) {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    keywords: row.keywords,
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null,
    lastError: row.lastError,
    version: row.version,
  }
}

export async function storyFeeds(db: StoreDb, storyId: string) {
  const rows = await db.select().from(feeds).where(eq(feeds.storyId, storyId)).orderBy(asc(feeds.createdAt))
  return rows.map(toFeedRow)
}

/** The items waiting in a story's inbox, newest first (dismissed and opened ones left out). */
export async function inbox(db: StoreDb, storyId: string) {
  const rows = await db
    .select()
    .from(feedItems)
    .where(and(eq(feedItems.storyId, storyId), eq(feedItems.status, 'new')))
    .orderBy(desc(feedItems.foundAt), asc(feedItems.title))
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    summary: r.summary,
    outlet: r.outlet,
    published: r.published,
    matched: r.matched,
    foundAt: r.foundAt.toISOString(),
  }))
}
