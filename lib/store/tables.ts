import { sql } from 'drizzle-orm'
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

/**
 * The store's tables: a story file, normalised. One definition serves PGlite and a
 * Postgres server. Every row carries created_at, updated_at and a version, so later
 * edits can detect a conflict. Child rows keep the file's order in `position`.
 * Facts the file may spell "unknown" or give as an object (dates) are kept as JSON, as
 * the file gives them, so an export writes back exactly what was imported.
 */

export const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}

export const stories = pgTable('stories', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  question: text('question').notNull(),
  summary: text('summary'),
  /** "sha256:<hex>" of the story file as imported, or of its export after an edit. */
  contentHash: text('content_hash').notNull(),
  ...stamps,
})

export const storyRef = () =>
  text('story_id')
    .notNull()
    .references(() => stories.id, { onDelete: 'cascade' })

export const perspectives = pgTable(
  'perspectives',
  {
    storyId: storyRef(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    definition: text('definition').notNull(),
    match: jsonb('match').$type<string[]>(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.id] }),
    check('perspectives_filled', sql`btrim(${t.label}) <> '' and btrim(${t.definition}) <> ''`),
  ],
)

export const sources = pgTable(
  'sources',
  {
    storyId: storyRef(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    publisher: text('publisher').notNull(),
    title: text('title').notNull(),
    date: jsonb('date').notNull(),
    url: text('url').notNull(),
    text: text('text').notNull(),
    notes: jsonb('notes').$type<string[]>().notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.id] }),
    check(
      'sources_filled',
      sql`btrim(${t.publisher}) <> '' and btrim(${t.title}) <> '' and btrim(${t.url}) <> ''`,
    ),
  ],
)

/** Columns shared by statements and events: verbatim text anchored in a source. */
export const anchored = () => ({
  sourceId: text('source_id').notNull(),
  text: text('text').notNull(),
  occurrence: integer('occurrence'),
  /** Offsets of the anchor in the source text, computed on write. */
  anchorStart: integer('anchor_start').notNull(),
  anchorEnd: integer('anchor_end').notNull(),
})

export const events = pgTable(
  'events',
  {
    storyId: storyRef(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    ...anchored(),
    label: text('label').notNull(),
    date: jsonb('date'),
    notes: jsonb('notes').$type<string[]>().notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.id] }),
    foreignKey({ columns: [t.storyId, t.sourceId], foreignColumns: [sources.storyId, sources.id] }),
    check('events_anchor', sql`0 <= ${t.anchorStart} and ${t.anchorStart} < ${t.anchorEnd}`),
  ],
)

export const statements = pgTable(
  'statements',
  {
    storyId: storyRef(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    perspectiveId: text('perspective_id').notNull(),
    speakerName: text('speaker_name').notNull(),
    speakerRole: text('speaker_role'),
    ...anchored(),
    kind: text('kind').notNull(),
    attribution: text('attribution').notNull(),
    channel: text('channel').notNull(),
    /**
     * The stance on the story's main claim (its question); null when the statement does not
     * address it and takes a stance on a further claim instead (claim-tables: statement_stances).
     */
    stanceValue: text('stance_value'),
    stanceLabel: text('stance_label'),
    /** YYYY-MM-DD: the day the statement was made, when the source gives it. */
    statementDate: text('statement_date'),
    /** Set when an editor deletes the statement: reads and exports leave it out; restorable. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.id] }),
    foreignKey({ columns: [t.storyId, t.sourceId], foreignColumns: [sources.storyId, sources.id] }),
    foreignKey({
      columns: [t.storyId, t.perspectiveId],
      foreignColumns: [perspectives.storyId, perspectives.id],
    }),
    check('statements_anchor', sql`0 <= ${t.anchorStart} and ${t.anchorStart} < ${t.anchorEnd}`),
    check('statements_kind', sql`${t.kind} in ('direct', 'paraphrase')`),
    check(
      'statements_stance',
      sql`${t.stanceValue} is null or ${t.stanceValue} in ('supports', 'mixed', 'neutral', 'rejects')`,
    ),
    check('statements_stance_labelled', sql`(${t.stanceValue} is null) = (${t.stanceLabel} is null)`),
    // Backing the edit checks: no empty field an analyst relies on, no unknown channel.
    check('statements_channel', sql`${t.channel} in ('firsthand', 'secondhand')`),
    check(
      'statements_filled',
      sql`btrim(${t.speakerName}) <> '' and btrim(${t.text}) <> '' and btrim(${t.attribution}) <> '' and (${t.stanceLabel} is null or btrim(${t.stanceLabel}) <> '')`,
    ),
    // A speaker's page reads that speaker's statements across the archive, not every row.
    index('statements_speaker').on(t.speakerName),
  ],
)

export const caveats = pgTable(
  'caveats',
  {
    storyId: text('story_id').notNull(),
    statementId: text('statement_id').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.statementId, t.position] }),
    foreignKey({
      columns: [t.storyId, t.statementId],
      foreignColumns: [statements.storyId, statements.id],
    }).onDelete('cascade'),
  ],
)

export const relatedReports = pgTable(
  'related_reports',
  {
    storyId: storyRef(),
    position: integer('position').notNull(),
    publisher: text('publisher').notNull(),
    url: text('url').notNull(),
    summary: text('summary').notNull(),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.storyId, t.position] })],
)
