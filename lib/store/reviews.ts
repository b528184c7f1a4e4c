import { randomUUID } from 'node:crypto'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { DraftStatement } from '../extract/extract'
import { initialDrafts, type ReviewDraft } from '../import/review-draft'
import { sameArticle, sourceDate, type SourceMeta } from '../import/draft-story'
import { UNKNOWN, type Channel, type Kind, type Stance } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import type { StoreDb } from './db'
import { reviewDrafts, reviews } from './review-tables'
import * as t from './tables'
import { MAX_SOURCE_BYTES } from './write'

/**
 * Reviews in the store: one per article being added to a story, its drafts saved one
 * change at a time. Every change is checked against the row's version, so two editors
 * never overwrite each other without knowing. Messages are in the editor's words.
 */

/** A refused change: `status` is the HTTP answer a route gives it. */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message)
    this.name = 'ReviewError'
  }
}

/** The row changed since the editor loaded it; `current` is what the store holds now. */
export class ReviewConflictError extends ReviewError {
  constructor(readonly current: ReviewDraft | undefined) {
    super(
      current
        ? 'Someone else changed this statement since you opened it. Their version is shown; make your change again if it still applies.'
        : 'This statement was removed from the review by someone else.',
      409,
    )
    this.name = 'ReviewConflictError'
  }
}

/** The article is already being reviewed for this story: finish that review instead. */
export class ReviewInProgressError extends ReviewError {
  constructor(readonly reviewId: string) {
    super('This article is already being reviewed for this story: finish that review.', 409)
    this.name = 'ReviewInProgressError'
  }
}

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
    stance:
      row.stanceValue === null ? null : { value: row.stanceValue as Stance, label: row.stanceLabel ?? '' },
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

export interface NewReview {
  storyId: string
  article: string
  source: SourceMeta
  /** The extractor's drafts of this article (lib/extract), run in the page's worker or the CLI. */
  drafts: readonly DraftStatement[]
  actor: string
}

/** Starts a review of an article for a story; returns its id. */
export async function createReview(db: StoreDb, input: NewReview): Promise<string> {
  if (input.article.trim() === '')
    throw new ReviewError('The article is empty: paste or drop its text first.')
  if (Buffer.byteLength(input.article, 'utf8') > MAX_SOURCE_BYTES)
    throw new ReviewError('The article is longer than 2 MB, the most a source may hold.')
  const date = sourceDate(input.source.date)
  const url = input.source.url?.trim() || 'unknown'
  if (url !== 'unknown' && !/^https?:\/\/[^\s]+$/i.test(url))
    throw new ReviewError(
      'The address of the article must start with http:// or https://, or be left unknown.',
    )
  for (const d of input.drafts) {
    if (!(0 <= d.start && d.start < d.end && d.end <= input.article.length))
      throw new ReviewError('A drafted statement lies outside the article. Draft the article again.')
  }
  return db.transaction(async (tx) => {
    const perspectives = await tx
      .select()
      .from(t.perspectives)
      .where(eq(t.perspectives.storyId, input.storyId))
    const [story] = await tx
      .select({ id: t.stories.id })
      .from(t.stories)
      .where(eq(t.stories.id, input.storyId))
    if (!story) throw new ReviewError('There is no such story.', 404)
    const sources = await tx
      .select({ id: t.sources.id, title: t.sources.title, text: t.sources.text })
      .from(t.sources)
      .where(eq(t.sources.storyId, input.storyId))
    const same = sameArticle(sources, input.article)
    if (same)
      throw new ReviewError(
        `This story already has this article, as its source “${same.title}” (${same.id}).`,
      )
    const open = await tx
      .select({ id: reviews.id, text: reviews.articleText })
      .from(reviews)
      .where(and(eq(reviews.storyId, input.storyId), eq(reviews.status, 'open')))
    const pending = sameArticle(open, input.article)
    if (pending) throw new ReviewInProgressError(pending.id)
    const id = randomUUID()
    await tx.insert(reviews).values({
      id,
      storyId: input.storyId,
      articleText: input.article,
      publisher: input.source.publisher?.trim() || 'unknown',
      title: input.source.title?.trim() || 'unknown',
      date,
      url,
      createdBy: input.actor,
    })
    const drafts = initialDrafts(
      input.drafts,
      perspectives.map((p) => ({
        id: p.id,
        label: p.label,
        definition: p.definition,
        match: p.match ?? undefined,
      })),
      // Dates the article's words suggest for its statements, relative to its own date.
      { text: input.article, date: typeof date === 'object' ? date.value : date === UNKNOWN ? null : date },
    )
    for (let i = 0; i < drafts.length; i += 2000)
      await tx
        .insert(reviewDrafts)
        .values(drafts.slice(i, i + 2000).map((d) => draftRow(id, d, input.article)))
    return id
  })
}

export function draftRow(reviewId: string, d: Omit<ReviewDraft, 'version'>, article: string) {
  return {
    reviewId,
    id: d.id,
    position: d.position,
    speakerName: d.speaker.name,
    speakerRole: d.speaker.role,
    anchorStart: d.start,
    anchorEnd: d.end,
    text: article.slice(d.start, d.end),
    kind: d.kind,
    attribution: d.attribution,
    channel: d.channel,
    caveats: d.caveats,
    perspectiveId: d.perspective,
    stanceValue: d.stance?.value ?? null,
    stanceLabel: d.stance?.label ?? null,
    reviewed: d.reviewed,
    speakerUncertain: d.speakerUncertain,
    statementDate: d.date,
    statementDateCue: d.dateCue,
  }
}
