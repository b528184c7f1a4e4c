import '../server-only'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { and, eq, lt, sql } from 'drizzle-orm'
import { freshItems, KnownItems } from '../../ingest/dedupe'
import { IngestError } from '../../ingest/errors'
import { fetchFeed } from '../../ingest/feed-fetch'
import type { FeedItem } from '../../ingest/feeds'
import type { FetchOptions } from '../../ingest/fetch'
import { matchKeywords } from '../../ingest/keywords'
import type { StoreDb } from '../../store/db'
import { feedItems, feedPollLock, feeds } from '../../store/feed-tables'
import { inTransaction } from '../transaction'

/**
 * Polling every story's feeds: fetched one at a time (outside any transaction, within the
 * fetcher's limits), each feed's new matching items added in one transaction with its
 * status, so a poll that dies leaves every feed as before or as after, never between. One
 * instance polls at a time: it holds the lock in the store, a lease that runs out if the
 * holder dies. A refused feed gets its reason on its row; the other feeds go on.
 */

const LOCK = 'feeds'
/** Long enough for a poll of many slow feeds (each at most 15 s). */
export const LEASE_MS = 10 * 60_000

export interface PollReport {
  /** False when another instance holds the lock: nothing was polled. */
  polled: boolean
  feeds: { id: string; url: string; added: number; error: string | null }[]
}

/** Takes the lock for `holder` unless another holds an unexpired lease; true when taken. */
export async function takePollLock(db: StoreDb, holder: string, leaseMs = LEASE_MS): Promise<boolean> {
  const expiresAt = new Date(Date.now() + leaseMs)
  const rows = await db
    .insert(feedPollLock)
    .values({ name: LOCK, holder, expiresAt })
    .onConflictDoUpdate({
      target: feedPollLock.name,
      set: { holder, expiresAt },
      setWhere: lt(feedPollLock.expiresAt, sql`now()`),
    })
    .returning({ holder: feedPollLock.holder })
  return rows.length === 1
}

export async function releasePollLock(db: StoreDb, holder: string): Promise<void> {
  await db.delete(feedPollLock).where(and(eq(feedPollLock.name, LOCK), eq(feedPollLock.holder, holder)))
}

const known = async (tx: StoreDb, storyId: string) =>
  new KnownItems(
    (
      await tx
        .select({ guid: feedItems.guidKey, url: feedItems.urlKey, content: feedItems.contentKey })
        .from(feedItems)
        .where(eq(feedItems.storyId, storyId))
    ).map((k) => ({ guid: k.guid, url: k.url, content: k.content })),
  )

/** Adds a feed's new matching items to its story's inbox; returns how many. */
async function takeItems(
  db: StoreDb,
  feed: typeof feeds.$inferSelect,
  title: string | null,
  items: FeedItem[],
): Promise<number> {
  return inTransaction(db, async (tx) => {
    // The feed row is locked: an editor removing it meanwhile waits, or it is gone and nothing is added.
    const [still] = await tx.select({ id: feeds.id }).from(feeds).where(eq(feeds.id, feed.id)).for('update')
    if (!still) return 0
    const matching = items.flatMap((item) => {
      const match = matchKeywords(feed.keywords, item)
      return match.taken ? [{ ...item, matched: match.matched }] : []
    })
    const fresh = freshItems(matching, await known(tx, feed.storyId))
    if (fresh.length > 0)
      await tx
        .insert(feedItems)
        .values(
          fresh.map((item) => ({
            id: randomUUID(),
            storyId: feed.storyId,
            feedId: feed.id,
            guidKey: item.keys.guid,
            urlKey: item.keys.url,
            contentKey: item.keys.content,
            url: item.url,
            title: item.title,
            summary: item.summary,
            outlet: item.outlet ?? title,
            published: item.published,
            matched: item.matched,
          })),
        )
        .onConflictDoNothing()
    await tx
      .update(feeds)
      .set({ lastPolledAt: new Date(), lastError: null, title: title ?? feed.title })
      .where(eq(feeds.id, feed.id))
    return fresh.length
  })
}

async function refuse(db: StoreDb, feedId: string, message: string) {
  await db.update(feeds).set({ lastPolledAt: new Date(), lastError: message }).where(eq(feeds.id, feedId))
}

/** Polls every feed of every story (or of one story), unless another instance is polling. */
export async function pollFeeds(
  db: StoreDb,
  options: { holder?: string; fetch?: FetchOptions; storyId?: string } = {},
): Promise<PollReport> {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID()}`
  if (!(await takePollLock(db, holder))) return { polled: false, feeds: [] }
  const report: PollReport = { polled: true, feeds: [] }
  try {
    const list = await db
      .select()
      .from(feeds)
      .where(options.storyId ? eq(feeds.storyId, options.storyId) : undefined)
    for (const feed of list) {
      try {
        const { feed: parsed } = await fetchFeed(feed.url, { ...options.fetch, scope: feed.id })
        const added = await takeItems(db, feed, parsed.title, parsed.items)
        report.feeds.push({ id: feed.id, url: feed.url, added, error: null })
      } catch (error) {
        const message =
          error instanceof IngestError
            ? error.message
            : 'The feed could not be read just now; the next poll tries again.'
        if (!(error instanceof IngestError)) console.error(`Feeds: polling ${feed.url} failed:`, error)
        await refuse(db, feed.id, message)
        report.feeds.push({ id: feed.id, url: feed.url, added: 0, error: message })
      }
    }
  } finally {
    await releasePollLock(db, holder)
  }
  return report
}
