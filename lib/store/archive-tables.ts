import { sql } from 'drizzle-orm'
import { check, foreignKey, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { reviews } from './review-tables'
import { stories } from './tables'

/**
 * Pages kept as fetched: the evidence behind a source added by its address. A row is
 * written when an editor fetches a page for a story, and never changed after, except
 * for naming the review and then the source it became. No foreign key to the source:
 * a story file's import replaces its source rows, and the page as fetched outlives that.
 */
export const pageArchives = pgTable(
  'page_archives',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** The review the fetch was drafted in, once one was started from it. */
    reviewId: text('review_id'),
    /** The story's source the review saved it as. */
    sourceId: text('source_id'),
    /** The address the editor gave, and where the page came from after redirects. */
    requestedUrl: text('requested_url').notNull(),
    url: text('url').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    mediaType: text('media_type'),
    charset: text('charset').notNull(),
    /** The page as fetched, decoded to text. Never rendered: offered as plain text only. */
    html: text('html').notNull(),
    htmlSha256: text('html_sha256').notNull(),
    /** The article text extracted from it when fetched. */
    text: text('text').notNull(),
    textSha256: text('text_sha256').notNull(),
    /**
     * The writers as the page names them ("Sana Qureshi and Omar Farooq"), when it does.
     * Kept here, not in the story: the codebook gives a source no byline.
     */
    byline: text('byline'),
    fetchedBy: text('fetched_by').notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.reviewId], foreignColumns: [reviews.id] }).onDelete('set null'),
    index('page_archives_source').on(t.storyId, t.sourceId),
    check(
      'page_archives_sha256',
      sql`${t.htmlSha256} ~ '^[0-9a-f]{64}$' and ${t.textSha256} ~ '^[0-9a-f]{64}$'`,
    ),
  ],
)
