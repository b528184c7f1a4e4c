import { sql } from 'drizzle-orm'
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The change log: one row per change to a story's data, written in the same transaction
 * as the change. No foreign key to the story: the record of who changed what outlives
 * the rows it describes. An actor is "user:<email>", "cli:<user>@<host>" or "seed",
 * and the database refuses a change with no one behind it.
 */
export const changes = pgTable(
  'changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    storyId: text('story_id').notNull(),
    /** What changed: statement, story, perspective, source (other branches add theirs). */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** create, update, move, delete, restore, import, replace, purge, reorder… */
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** The entity's version this change produced; null when it left none (a deletion of a camp). */
    version: integer('version'),
    /** The story's version after the change. */
    storyVersion: integer('story_version'),
  },
  (t) => [
    index('changes_story').on(t.storyId, t.id),
    index('changes_entity').on(t.storyId, t.entity, t.entityId, t.id),
    check('changes_actor', sql`${t.actor} ~ '^(seed|user:.+|cli:.+)$'`),
    check('changes_entity_named', sql`${t.entity} <> '' and ${t.entityId} <> '' and ${t.action} <> ''`),
  ],
)
