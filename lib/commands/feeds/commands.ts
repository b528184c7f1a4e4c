import '../server-only'
import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { FetchOptions } from '../../ingest/fetch'
import type { StoreDb } from '../../store/db'
import { feedItems, feeds } from '../../store/feed-tables'
import { toFeedRow } from '../../store/feeds'
import { fetchArticle, storyExists } from '../articles/fetch'
import type { FetchedArticle } from '../articles/schema'
import { invalid, notFound, staleVersion } from '../errors'
import { recordChanges } from '../history'
import { inTransaction } from '../transaction'
import type { FeedRow } from './schema'

/**
 * An editor's feed writes: attach a feed (address and keywords) to a story, change its
 * keywords, remove it,
 * dismiss an inbox item, open one (its page fetched and kept as in "add by address").
 * Each in one transaction with its history. Polling is poll.ts.
 */

export async function addFeed(
  db: StoreDb,
  input: { storyId: string; url: string; keywords: string[]; actor: string },
): Promise<FeedRow> {
  return inTransaction(db, async (tx) => {
    await storyExists(tx, input.storyId)
    const [same] = await tx
      .select({ id: feeds.id })
      .from(feeds)
      .where(and(eq(feeds.storyId, input.storyId), eq(feeds.url, input.url)))
    if (same) throw invalid('url', 'This story already watches this feed.')
    const [row] = await tx
      .insert(feeds)
      .values({
        id: randomUUID(),
        storyId: input.storyId,
        url: input.url,
        keywords: input.keywords,
        createdBy: input.actor,
      })
      .returning()
    const feed = toFeedRow(row!)
    await recordChanges(tx, [
      {
        storyId: input.storyId,
        entity: 'feed',
        entityId: feed.id,
        action: 'create',
        actor: input.actor,
        after: { url: feed.url, keywords: feed.keywords },
        version: 1,
      },
    ])
    return feed
  })
}

/**
 * Changes a feed's keywords, if it is still at `version`: a conflict (409) with the feed as
 * it is now otherwise. Recorded with the keywords before and after; unchanged, nothing is.
 */
export async function editFeedKeywords(
  db: StoreDb,
  input: { storyId: string; feedId: string; version: number; keywords: string[]; actor: string },
): Promise<FeedRow> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select()
      .from(feeds)
      .where(and(eq(feeds.id, input.feedId), eq(feeds.storyId, input.storyId)))
      .for('update')
    if (!row) throw notFound('That feed is not watched for this story.')
    const before = toFeedRow(row)
    if (before.version !== input.version)
      throw staleVersion(
        before,
        { keywords: input.keywords },
        'Someone else changed this feed’s keywords since you opened the page. Theirs are shown; change them again if yours still apply.',
      )
    if (JSON.stringify(before.keywords) === JSON.stringify(input.keywords)) return before
    const [updated] = await tx
      .update(feeds)
      .set({ keywords: input.keywords, version: sql`${feeds.version} + 1` })
      .where(eq(feeds.id, row.id))
      .returning()
    const feed = toFeedRow(updated!)
    await recordChanges(tx, [
      {
        storyId: input.storyId,
        entity: 'feed',
        entityId: feed.id,
        action: 'update',
        actor: input.actor,
        before: { url: before.url, keywords: before.keywords },
        after: { url: feed.url, keywords: feed.keywords },
        version: feed.version,
      },
    ])
    return feed
  })
}

export async function removeFeed(db: StoreDb, input: { storyId: string; feedId: string; actor: string }) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .delete(feeds)
      .where(and(eq(feeds.id, input.feedId), eq(feeds.storyId, input.storyId)))
      .returning()
    if (!row) throw notFound('That feed is not watched for this story.')
    await recordChanges(tx, [
      {
        storyId: input.storyId,
        entity: 'feed',
        entityId: row.id,
        action: 'delete',
        actor: input.actor,
        before: { url: row.url, keywords: row.keywords },
      },
    ])
    return { ok: true as const }
  })
}

async function decide(
  tx: StoreDb,
  input: { storyId: string; itemId: string; actor: string },
  status: 'dismissed' | 'opened',
) {
  const [item] = await tx
    .select()
    .from(feedItems)
    .where(and(eq(feedItems.id, input.itemId), eq(feedItems.storyId, input.storyId)))
    .for('update')
  if (!item) throw notFound('That item is not in this story’s inbox.')
  await tx
    .update(feedItems)
    .set({ status, decidedBy: input.actor, decidedAt: new Date() })
    .where(eq(feedItems.id, item.id))
  await recordChanges(tx, [
    {
      storyId: input.storyId,
      entity: 'inbox-item',
      entityId: item.id,
      action: status === 'dismissed' ? 'dismiss' : 'open',
      actor: input.actor,
      before: { status: item.status, title: item.title, url: item.url },
      after: { status, title: item.title, url: item.url },
    },
  ])
  return item
}

export async function dismissItem(db: StoreDb, input: { storyId: string; itemId: string; actor: string }) {
  await inTransaction(db, (tx) => decide(tx, input, 'dismissed'))
  return { ok: true as const }
}

/** The item's page, fetched and kept for the review the editor starts from it; the item is marked opened. */
export async function openItem(
  db: StoreDb,
  input: { storyId: string; itemId: string; actor: string; fetch?: FetchOptions },
): Promise<FetchedArticle> {
  const [item] = await db
    .select({ url: feedItems.url })
    .from(feedItems)
    .where(and(eq(feedItems.id, input.itemId), eq(feedItems.storyId, input.storyId)))
  if (!item) throw notFound('That item is not in this story’s inbox.')
  const fetched = await fetchArticle(db, {
    storyId: input.storyId,
    url: item.url,
    actor: input.actor,
    fetch: input.fetch,
  })
  await inTransaction(db, (tx) => decide(tx, input, 'opened'))
  return fetched
}
