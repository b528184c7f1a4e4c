import { sql } from 'drizzle-orm'
import {
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
} from 'drizzle-orm/pg-core'
import type { CampSuggestion } from '../import/camp-suggestion'
import type { DraftStance } from '../import/review-draft'
import { stories } from './tables'

/**
 * Reviews: one per article being added to a story, holding the extractor's drafts until
 * an editor has checked each one. Drafts never sit among a story's statements, so no
 * reader, count or export can take one for a reviewed statement.
 */

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}

export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** The story's source holding the article, once a first save has added it. */
    sourceId: text('source_id'),
    articleText: text('article_text').notNull(),
    /** Each "unknown" when the editor does not know it, as in a story file. */
    publisher: text('publisher').notNull(),
    title: text('title').notNull(),
    date: jsonb('date').notNull(),
    url: text('url').notNull(),
    /**
     * The writers as the fetched page or opened file names them, when it does: kept with
     * the review that added the source, since the codebook gives a source no byline.
     */
    byline: text('byline'),
    /** open: drafts wait; done: every draft was saved to the story or removed. */
    status: text('status').notNull().default('open'),
    createdBy: text('created_by').notNull(),
    /**
     * An article coded twice, blind (lib/commands/coding): the id shared by the two
     * coders' reviews and, once both are done, the settlement's. Null on a plain review.
     */
    codingId: text('coding_id'),
    /** On a coder's review, the coder (`user:<email>`); null on a settlement or a plain review. */
    coder: text('coder'),
    /** When the coder marked their coding done; it changes no more after that. */
    codedAt: timestamp('coded_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    check('reviews_status', sql`${t.status} in ('open', 'done')`),
    check('reviews_coder', sql`${t.coder} is null or ${t.codingId} is not null`),
    index('reviews_coding').on(t.codingId),
  ],
)

export const reviewDrafts = pgTable(
  'review_drafts',
  {
    reviewId: text('review_id').notNull(),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    speakerName: text('speaker_name').notNull(),
    speakerRole: text('speaker_role'),
    /** The anchor in the review's article; `text` is always the article's own words there. */
    anchorStart: integer('anchor_start').notNull(),
    anchorEnd: integer('anchor_end').notNull(),
    text: text('text').notNull(),
    /** Null on a draft the editor added by selection, until they choose. */
    kind: text('kind'),
    attribution: text('attribution').notNull(),
    channel: text('channel'),
    caveats: jsonb('caveats').$type<string[]>().notNull(),
    /** Null until the editor chooses: no camp and no stance is ever assumed. */
    perspectiveId: text('perspective_id'),
    /**
     * Set while `perspective_id` is only the camp the speaker's record suggests
     * (lib/import/camp-suggestion), until the editor confirms it or chooses another.
     */
    campSuggestion: jsonb('camp_suggestion').$type<CampSuggestion>(),
    stanceValue: text('stance_value'),
    stanceLabel: text('stance_label'),
    /**
     * Stances on the story's further claims ({claim, value, label}, in the story's claim
     * order): held here until "Save to story" writes them as statement_stances.
     */
    claimStances: jsonb('claim_stances').$type<DraftStance[]>().notNull().default([]),
    reviewed: boolean('reviewed').notNull().default(false),
    /** The extractor could not tell which of two people spoke (lib/extract). */
    speakerUncertain: boolean('speaker_uncertain').notNull().default(false),
    /** The day the statement was made (YYYY-MM-DD), when the article gives one. */
    statementDate: text('statement_date'),
    /** The article's words a suggested date was read from; null once the editor sets it. */
    statementDateCue: text('statement_date_cue'),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.id] }),
    foreignKey({ columns: [t.reviewId], foreignColumns: [reviews.id] }).onDelete('cascade'),
    check('review_drafts_anchor', sql`0 <= ${t.anchorStart} and ${t.anchorStart} < ${t.anchorEnd}`),
    check('review_drafts_kind', sql`${t.kind} is null or ${t.kind} in ('direct', 'paraphrase')`),
    check('review_drafts_channel', sql`${t.channel} is null or ${t.channel} in ('firsthand', 'secondhand')`),
    check(
      'review_drafts_stance',
      sql`${t.stanceValue} is null or ${t.stanceValue} in ('supports', 'mixed', 'neutral', 'rejects')`,
    ),
    check('review_drafts_claim_stances', sql`jsonb_typeof(${t.claimStances}) = 'array'`),
    check(
      'review_drafts_reviewed',
      // A reviewed draft has a confirmed camp (never one only suggested) and a stance on at least
      // one claim: the question, or a further one.
      sql`not ${t.reviewed} or (${t.perspectiveId} is not null and ${t.campSuggestion} is null and ((${t.stanceValue} is not null and ${t.stanceLabel} is not null) or jsonb_array_length(${t.claimStances}) > 0) and ${t.kind} is not null and ${t.channel} is not null)`,
    ),
  ],
)

/**
 * Non-responses an editor records in review, from a selection in the article ("has not
 * responded to the claims made by …"): the camp, the claim and the day as of which. Each
 * is complete when added; "Save to story" moves them to the story's non_responses,
 * anchored in the source the article becomes.
 */
export const reviewNonResponses = pgTable(
  'review_non_responses',
  {
    reviewId: text('review_id').notNull(),
    id: text('id').notNull(),
    perspectiveId: text('perspective_id').notNull(),
    claimId: text('claim_id').notNull(),
    /** The anchor in the review's article: the passage that says there was no response. */
    anchorStart: integer('anchor_start').notNull(),
    anchorEnd: integer('anchor_end').notNull(),
    text: text('text').notNull(),
    /** YYYY-MM-DD; null: the article's date stands for it. */
    asOf: text('as_of'),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.id] }),
    foreignKey({ columns: [t.reviewId], foreignColumns: [reviews.id] }).onDelete('cascade'),
    check('review_non_responses_anchor', sql`0 <= ${t.anchorStart} and ${t.anchorStart} < ${t.anchorEnd}`),
    check('review_non_responses_as_of', sql`${t.asOf} is null or ${t.asOf} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
)

/**
 * Claims a blind coder creates in their review (issue 23): private to that review until
 * both coders are done, so they live here, apart from the shared `claims` that every page,
 * count, export and search reads. Their ids (`private:…`) can never be a shared claim's, so
 * a draft's stance names one or the other without doubt; two coders writing the same
 * words get two claims. At the settlement an editor keeps each (it becomes a shared claim),
 * merges it into another claim, or drops it: the outcome stays here, with who and when.
 */
export const reviewClaims = pgTable(
  'review_claims',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    wording: text('wording').notNull(),
    /** The coder who created it (`user:<email>`). */
    createdBy: text('created_by').notNull(),
    /** Null until settled: kept, merged or dropped. */
    outcome: text('outcome'),
    /** The shared claim it became (kept), or the claim it was merged into (shared or private). */
    outcomeClaimId: text('outcome_claim_id'),
    settledBy: text('settled_by'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    index('review_claims_review').on(t.reviewId),
    check('review_claims_id', sql`${t.id} like 'private:%'`),
    check('review_claims_wording', sql`btrim(${t.wording}) <> ''`),
    check(
      'review_claims_outcome',
      sql`(${t.outcome} is null and ${t.outcomeClaimId} is null and ${t.settledBy} is null and ${t.settledAt} is null) or (${t.outcome} = 'dropped' and ${t.outcomeClaimId} is null and ${t.settledBy} is not null and ${t.settledAt} is not null) or (${t.outcome} in ('kept', 'merged') and ${t.outcomeClaimId} is not null and ${t.settledBy} is not null and ${t.settledAt} is not null)`,
    ),
  ],
)
