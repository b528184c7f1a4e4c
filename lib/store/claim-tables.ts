import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { anchored, perspectives, sources, stamps, statements, storyRef } from './tables'

/**
 * Claims, shared across stories (codebook, "Claims"). A claim has one id, one slug and one
 * wording wherever it is used; a story lists its claims in order, its main claim (the
 * question) first. The stance a statement takes on its story's main claim stays on the
 * statement's own row (statements.stance_value): the field every export, facet and history
 * entry has always meant. Stances on the further claims are rows of statement_stances.
 */

export const claims = pgTable(
  'claims',
  {
    /** Global: the same claim keeps its id in every story that uses it. */
    id: text('id').primaryKey(),
    /** Names the claim's page; unique among claims. */
    slug: text('slug').notNull(),
    wording: text('wording').notNull(),
    notes: jsonb('notes').$type<string[]>().notNull(),
    ...stamps,
  },
  (t) => [
    uniqueIndex('claims_slug').on(t.slug),
    check('claims_filled', sql`btrim(${t.wording}) <> '' and btrim(${t.slug}) <> ''`),
  ],
)

/**
 * Every rewording of a claim, oldest first: who, when, the wording before and after. The
 * stories that use the claim also record it in their change log.
 */
export const claimRewordings = pgTable(
  'claim_rewordings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    before: text('before').notNull(),
    after: text('after').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('claim_rewordings_claim').on(t.claimId, t.id),
    check('claim_rewordings_actor', sql`${t.actor} ~ '^(seed|user:.+|cli:.+)$'`),
  ],
)

/** A story's claims in the editor's order: the main claim at position 0, and only there. */
export const storyClaims = pgTable(
  'story_claims',
  {
    storyId: storyRef(),
    /** A claim a story uses cannot be deleted from under it. */
    claimId: text('claim_id')
      .notNull()
      .references(() => claims.id),
    position: integer('position').notNull(),
    main: boolean('main').notNull().default(false),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.claimId] }),
    uniqueIndex('story_claims_position').on(t.storyId, t.position),
    index('story_claims_claim').on(t.claimId),
    check('story_claims_main_first', sql`${t.main} = (${t.position} = 0)`),
  ],
)

/** A statement's stance on one of its story's further claims, each claim at most once. */
export const statementStances = pgTable(
  'statement_stances',
  {
    storyId: text('story_id').notNull(),
    statementId: text('statement_id').notNull(),
    claimId: text('claim_id').notNull(),
    value: text('value').notNull(),
    label: text('label').notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.statementId, t.claimId] }),
    foreignKey({
      columns: [t.storyId, t.statementId],
      foreignColumns: [statements.storyId, statements.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.storyId, t.claimId],
      foreignColumns: [storyClaims.storyId, storyClaims.claimId],
    }),
    // A claim's stances across stories (its page, the claims' list) are read by claim.
    index('statement_stances_claim').on(t.claimId, t.storyId),
    check('statement_stances_value', sql`${t.value} in ('supports', 'mixed', 'neutral', 'rejects')`),
    check('statement_stances_label', sql`btrim(${t.label}) <> ''`),
  ],
)

/**
 * A camp that did not respond to a claim, as the source says ("has not responded to the
 * claims made by …"): the camp, the claim, the passage and the day as of which. Not a
 * statement: no speaker, no stance.
 */
export const nonResponses = pgTable(
  'non_responses',
  {
    storyId: storyRef(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    perspectiveId: text('perspective_id').notNull(),
    claimId: text('claim_id').notNull(),
    ...anchored(),
    /** YYYY-MM-DD; null: the source's date stands for it. */
    asOf: text('as_of'),
    notes: jsonb('notes').$type<string[]>().notNull(),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.id] }),
    foreignKey({ columns: [t.storyId, t.sourceId], foreignColumns: [sources.storyId, sources.id] }),
    foreignKey({
      columns: [t.storyId, t.perspectiveId],
      foreignColumns: [perspectives.storyId, perspectives.id],
    }),
    foreignKey({
      columns: [t.storyId, t.claimId],
      foreignColumns: [storyClaims.storyId, storyClaims.claimId],
    }),
    check('non_responses_anchor', sql`0 <= ${t.anchorStart} and ${t.anchorStart} < ${t.anchorEnd}`),
  ],
)

/**
 * Main-claim `neutral` stances coded before the codebook said what neutral means
 * (addresses the claim, takes no side): some may have meant "does not address it". The
 * migration lists them here for an editor to confirm; a confirmed one leaves the list.
 */
export const neutralToConfirm = pgTable(
  'neutral_to_confirm',
  {
    storyId: text('story_id').notNull(),
    statementId: text('statement_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.storyId, t.statementId] }),
    foreignKey({
      columns: [t.storyId, t.statementId],
      foreignColumns: [statements.storyId, statements.id],
    }).onDelete('cascade'),
  ],
)

/**
 * A claim merged into another: its old id and slug lead to the surviving claim (a story
 * URL's `claim=<old id>`, the old claim page's address). Its wording and rewordings are
 * kept here, as the claim row itself is gone. A merge into a claim that is later merged
 * again moves on to the new survivor, so a redirect is always one step.
 */
export const claimRedirects = pgTable(
  'claim_redirects',
  {
    claimId: text('claim_id').primaryKey(),
    slug: text('slug').notNull(),
    wording: text('wording').notNull(),
    into: text('into')
      .notNull()
      .references(() => claims.id),
    /** The old claim's rewordings, oldest first: { before, after, actor, at }. */
    rewordings: jsonb('rewordings')
      .$type<{ before: string; after: string; actor: string; at: string }[]>()
      .notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('claim_redirects_slug').on(t.slug),
    index('claim_redirects_into').on(t.into),
    check('claim_redirects_actor', sql`${t.actor} ~ '^(seed|user:.+|cli:.+)$'`),
  ],
)
