import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import { mayOpen } from '../coding/blind'
import type { BlindCoding, CoderReview } from '../coding/types'
import type { ReviewDraft, ReviewNonResponse } from '../import/review-draft'
import type { Channel, Kind, Stance } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import type { StoreDb } from './db'
import { reviewDrafts, reviewNonResponses, reviews } from './review-tables'
import { stories } from './tables'

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
  /** Blind double coding (lib/coding/blind): the coding, the coder, when they were done. */
  codingId: string | null
  coder: string | null
  codedAt: Date | null
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

/**
 * The story's open reviews, newest first, with how many drafts wait in each. A blind
 * coder's review is not among them: even its counts are the coder's own (blindCodings).
 */
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
    .where(and(eq(reviews.storyId, storyId), eq(reviews.status, 'open'), isNull(reviews.coder)))
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

const coderColumns = {
  id: reviews.id,
  storyId: reviews.storyId,
  codingId: sql<string>`${reviews.codingId}`,
  coder: sql<string>`${reviews.coder}`,
  codedAt: reviews.codedAt,
  status: sql<'open' | 'done'>`${reviews.status}`,
  title: reviews.title,
  publisher: reviews.publisher,
}

/** The two coders' reviews of a coding, in the order they were named. */
export async function codersOf(db: StoreDb, codingId: string): Promise<CoderReview[]> {
  return db
    .select(coderColumns)
    .from(reviews)
    .where(and(eq(reviews.codingId, codingId), isNotNull(reviews.coder)))
    .orderBy(asc(reviews.createdAt), asc(reviews.coder))
}

/** The settlement review of a coding, once both coders are done; undefined before. */
export async function settlementOf(
  db: StoreDb,
  codingId: string,
): Promise<{ id: string; status: string } | undefined> {
  const [row] = await db
    .select({ id: reviews.id, status: reviews.status })
    .from(reviews)
    .where(and(eq(reviews.codingId, codingId), isNull(reviews.coder)))
  return row
}

export type ReviewRead =
  | { open: true; review: Review; coders: CoderReview[] }
  | { open: false; head: CoderReview; coders: CoderReview[] }

/**
 * A review as `actor` may read it: all of it, or (a blind coder's review, before both
 * coders are done, read by anyone but its coder) only that it exists and who codes it.
 */
export async function readReview(
  db: StoreDb,
  id: string,
  actor: string | null,
): Promise<ReviewRead | undefined> {
  const [head] = await db
    .select({ codingId: reviews.codingId, coder: reviews.coder, codedAt: reviews.codedAt })
    .from(reviews)
    .where(eq(reviews.id, id))
  if (!head) return undefined
  const coders = head.codingId ? await codersOf(db, head.codingId) : []
  if (!mayOpen(head, coders, actor)) return { open: false, head: coders.find((c) => c.id === id)!, coders }
  const review = await getReview(db, id)
  return review && { open: true, review, coders }
}

/** The story's articles being coded twice and not yet saved to it, oldest first. */
export async function blindCodings(db: StoreDb, storyId: string): Promise<BlindCoding[]> {
  const rows = await db
    .select({ ...coderColumns, coder: reviews.coder, codingId: reviews.codingId })
    .from(reviews)
    .where(and(eq(reviews.storyId, storyId), isNotNull(reviews.codingId)))
    .orderBy(asc(reviews.createdAt), asc(reviews.coder))
  const byCoding = new Map<string, BlindCoding>()
  for (const row of rows) {
    const codingId = row.codingId!
    const coding =
      byCoding.get(codingId) ??
      byCoding
        .set(codingId, {
          codingId,
          title: row.title,
          publisher: row.publisher,
          coders: [],
          settling: false,
          settlementId: null,
        })
        .get(codingId)!
    if (row.coder === null) {
      coding.settlementId = row.id
      // Saved to the story: no longer waiting.
      if (row.status === 'done') coding.settling = true
    } else coding.coders.push({ reviewId: row.id, coder: row.coder, done: row.codedAt !== null })
  }
  return [...byCoding.values()]
    .filter(
      (c) =>
        !(
          c.settling &&
          c.settlementId !== null &&
          rows.some((r) => r.id === c.settlementId && r.status === 'done')
        ),
    )
    .map((c) => ({ ...c, settling: c.coders.length === 2 && c.coders.every((x) => x.done) }))
}

export interface WaitingReview {
  reviewId: string
  storyId: string
  storyTitle: string
  title: string
  publisher: string
}

/** The blind codings assigned to `actor` that they have not marked done, oldest first. */
export async function reviewsWaitingFor(db: StoreDb, actor: string): Promise<WaitingReview[]> {
  return db
    .select({
      reviewId: reviews.id,
      storyId: reviews.storyId,
      storyTitle: stories.title,
      title: reviews.title,
      publisher: reviews.publisher,
    })
    .from(reviews)
    .innerJoin(stories, eq(stories.id, reviews.storyId))
    .where(and(eq(reviews.coder, actor), isNull(reviews.codedAt), eq(reviews.status, 'open')))
    .orderBy(asc(reviews.createdAt))
}

export type { BlindCoding, CoderReview }
