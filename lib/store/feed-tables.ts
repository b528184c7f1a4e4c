import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { stories } from './tables'

/**
 * Feeds watched for a story, the items they brought (the story's inbox), and the one
 * lock that lets a single app instance poll at a time. Items are candidates, never
 * drafts: an editor opens one into a review, or dismisses it, and the dismissal stays.
 */

export const feeds = pgTable(
  'feeds',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** The address the editor gave (http or https). */
    url: text('url').notNull(),
    /** The feed's own title, once a poll has read it. */
    title: text('title'),
    /** Whole words to match in an item's title or summary; none takes every item. */
    keywords: jsonb('keywords').$type<string[]>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    /** Why the last poll was refused, in words, shown on the feed's row; null when it went well. */
    lastError: text('last_error'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('feeds_story_url').on(t.storyId, t.url)],
)

export const feedItems = pgTable(
  'feed_items',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** The feed it came from; null once that feed is removed (the item and its dismissal stay). */
    feedId: text('feed_id').references(() => feeds.id, { onDelete: 'set null' }),
    /** The repeat keys (lib/ingest/dedupe): the feed-scoped GUID, the address's key, the content's hash. */
    guidKey: text('guid_key'),
    urlKey: text('url_key'),
    contentKey: text('content_key').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    outlet: text('outlet'),
    /** YYYY-MM-DD as the feed gives it, or null. */
    published: text('published'),
    /** The keywords that matched, as the editor wrote them; empty for a feed without keywords. */
    matched: jsonb('matched').$type<string[]>().notNull(),
    /** new: waits in the inbox; dismissed: an editor set it aside; opened: a review was started from it. */
    status: text('status').notNull().default('new'),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('feed_items_story').on(t.storyId, t.status, t.foundAt),
    uniqueIndex('feed_items_guid').on(t.storyId, t.guidKey),
    uniqueIndex('feed_items_content').on(t.storyId, t.contentKey),
    check('feed_items_status', sql`${t.status} in ('new', 'dismissed', 'opened')`),
  ],
)

/**
 * The poll lock: one row, held by one instance until it lets go or its lease runs out (a
 * poller that died leaves a lease that simply expires).
 */
export const feedPollLock = pgTable('feed_poll_lock', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})
