import { and, asc, eq, sql } from 'drizzle-orm'
import type { ReviewDraft, ReviewNonResponse } from '../import/review-draft'
import type { Channel, Kind, Stance } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import type { StoreDb } from './db'
import { reviewDrafts, reviewNonResponses, reviews } from './review-tables'

/**
 * Reading reviews: one per article being added to a story, with its drafts
 * (lib/commands/reviews and drafts write them).
 */

export interface Review {
  id: string
  storyId: string
  sourceId: string | null
  article: string
  publisher: string
  title: string
  date: SourceDate
  url: string
  status: 'open' | 'done'
  createdBy: string
  createdAt: Date
  updatedAt: Date
  version: number
  drafts: ReviewDraft[]
}

type DraftRow = typeof reviewDrafts.$inferSelect

export function toDraft(row: DraftRow, article: string): ReviewDraft {
  return {
    id: row.id,
    position: row.position,
    speaker: { name: row.speakerName, role: row.speakerRole },
    start: row.anchorStart,
    end: row.anchorEnd,
    // Always the article's own words at the anchor: the text cannot drift from its source.
    text: article.slice(row.anchorStart, row.anchorEnd),
    kind: row.kind as Kind | null,
    attribution: row.attribution,
    channel: row.channel as Channel | null,
    caveats: row.caveats,
    perspective: row.perspectiveId,
    ...(row.campSuggestion ? { campSuggestion: row.campSuggestion } : {}),
    stance:
      row.stanceValue === null ? null : { value: row.stanceValue as Stance, label: row.stanceLabel ?? '' },
    stances: row.claimStances,
    reviewed: row.reviewed,
    speakerUncertain: row.speakerUncertain,
    date: row.statementDate,
    dateCue: row.statementDateCue,
    version: row.version,
  }
}

export async function getReview(db: StoreDb, id: string): Promise<Review | undefined> {
  const [head] = await db.select().from(reviews).where(eq(reviews.id, id))
  if (!head) return undefined
  const rows = await db
    .select()
    .from(reviewDrafts)
    .where(eq(reviewDrafts.reviewId, id))
    .orderBy(asc(reviewDrafts.anchorStart), asc(reviewDrafts.position))
  const { articleText, ...rest } = head
  return {
    ...rest,
    article: articleText,
    date: head.date as SourceDate,
    status: head.status as Review['status'],
    drafts: rows.map((row) => toDraft(row, articleText)),
  }
}

export interface ReviewSummary {
  id: string
  title: string
  publisher: string
  createdBy: string
  updatedAt: Date
  drafts: number
  reviewed: number
}

/** The story's open reviews, newest first, with how many drafts wait in each. */
export async function openReviews(db: StoreDb, storyId: string): Promise<ReviewSummary[]> {
  return db
    .select({
      id: reviews.id,
      title: reviews.title,
      publisher: reviews.publisher,
      createdBy: reviews.createdBy,
      updatedAt: reviews.updatedAt,
      drafts: sql<number>`count(${reviewDrafts.id})::int`,
      reviewed: sql<number>`count(${reviewDrafts.id}) filter (where ${reviewDrafts.reviewed})::int`,
    })
    .from(reviews)
    .leftJoin(reviewDrafts, eq(reviewDrafts.reviewId, reviews.id))
    .where(and(eq(reviews.storyId, storyId), eq(reviews.status, 'open')))
    .groupBy(reviews.id)
    .orderBy(sql`${reviews.updatedAt} desc`)
}

type NonResponseRow = typeof reviewNonResponses.$inferSelect

export const toNonResponse = (row: NonResponseRow, article: string): ReviewNonResponse => ({
  id: row.id,
  perspective: row.perspectiveId,
  claim: row.claimId,
  start: row.anchorStart,
  end: row.anchorEnd,
  // The article's own words at the anchor, as a draft's.
  text: article.slice(row.anchorStart, row.anchorEnd),
  asOf: row.asOf,
  version: row.version,
})

/** A review's non-responses, in the article's order. */
export async function reviewNonResponsesOf(
  db: StoreDb,
  reviewId: string,
  article: string,
): Promise<ReviewNonResponse[]> {
  const rows = await db
    .select()
    .from(reviewNonResponses)
    .where(eq(reviewNonResponses.reviewId, reviewId))
    .orderBy(asc(reviewNonResponses.anchorStart), asc(reviewNonResponses.id))
  return rows.map((row) => toNonResponse(row, article))
}
