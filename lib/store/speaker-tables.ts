import { sql } from 'drizzle-orm'
import { check, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Speakers across stories. A speaker is not a row of its own: it is the name statements
 * give, and this table merges variants ("Mujahid", "Spokesman Zabihullah Mujahid") into
 * one canonical name. A name with no alias row is its own speaker; a split deletes the row.
 * Statements keep the name their source gives, so a merge never rewrites a quote's speaker.
 */
export const speakerAliases = pgTable(
  'speaker_aliases',
  {
    /** The name exactly as statements give it. */
    name: text('name').primaryKey(),
    /** The name it is merged into; never itself an alias (merges are one level deep). */
    canonical: text('canonical').notNull(),
    /** Who merged them: "user:<email>", "cli:<user>@<host>" or "seed". */
    actor: text('actor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('speaker_aliases_not_self', sql`${t.name} <> ${t.canonical}`)],
)
