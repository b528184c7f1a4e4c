import { randomUUID } from 'node:crypto'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { DraftStatement } from '../extract/extract'
import { initialDrafts, listInWords, missingForReview, trimSpan, type ReviewDraft } from '../import/review-draft'
import { sameArticle, sourceDate, type SourceMeta } from '../import/draft-story'
import type { Channel, Kind, Stance } from '../story/codebook'
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

function toDraft(row: DraftRow, article: string): ReviewDraft {
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
    stance: row.stanceValue === null ? null : { value: row.stanceValue as Stance, label: row.stanceLabel ?? '' },
    reviewed: row.reviewed,
    speakerUncertain: row.speakerUncertain,
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
  if (input.article.trim() === '') throw new ReviewError('The article is empty: paste or drop its text first.')
  if (Buffer.byteLength(input.article, 'utf8') > MAX_SOURCE_BYTES)
    throw new ReviewError('The article is longer than 2 MB, the most a source may hold.')
  const date = sourceDate(input.source.date)
  const url = input.source.url?.trim() || 'unknown'
  if (url !== 'unknown' && !/^https?:\/\/[^\s]+$/i.test(url))
    throw new ReviewError('The address of the article must start with http:// or https://, or be left unknown.')
  for (const d of input.drafts) {
    if (!(0 <= d.start && d.start < d.end && d.end <= input.article.length))
      throw new ReviewError('A drafted statement lies outside the article. Draft the article again.')
  }
  return db.transaction(async (tx) => {
    const perspectives = await tx.select().from(t.perspectives).where(eq(t.perspectives.storyId, input.storyId))
    const [story] = await tx.select({ id: t.stories.id }).from(t.stories).where(eq(t.stories.id, input.storyId))
    if (!story) throw new ReviewError('There is no such story.', 404)
    const sources = await tx
      .select({ id: t.sources.id, title: t.sources.title, text: t.sources.text })
      .from(t.sources)
      .where(eq(t.sources.storyId, input.storyId))
    const same = sameArticle(sources, input.article)
    if (same) throw new ReviewError(`This story already has this article, as its source “${same.title}” (${same.id}).`)
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
      perspectives.map((p) => ({ id: p.id, label: p.label, definition: p.definition, match: p.match ?? undefined })),
    )
    for (let i = 0; i < drafts.length; i += 2000)
      await tx.insert(reviewDrafts).values(drafts.slice(i, i + 2000).map((d) => draftRow(id, d, input.article)))
    return id
  })
}

function draftRow(reviewId: string, d: Omit<ReviewDraft, 'version'>, article: string) {
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
  }
}

/** A change to one draft; the span changes only through `span`, a selection in the article. */
export interface DraftPatch {
  speaker?: { name: string; role: string | null }
  kind?: Kind | null
  attribution?: string
  channel?: Channel | null
  caveats?: string[]
  perspective?: string | null
  stance?: { value: Stance; label: string } | null
  span?: { start: number; end: number }
  reviewed?: boolean
}

async function openReview(db: StoreDb, reviewId: string) {
  const [head] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).for('update')
  if (!head) throw new ReviewError('There is no such review.', 404)
  if (head.status !== 'open') throw new ReviewError('This review is finished: its statements are in the story.')
  return head
}

async function currentDraft(db: StoreDb, reviewId: string, draftId: string, article: string) {
  const [row] = await db
    .select()
    .from(reviewDrafts)
    .where(and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.id, draftId)))
  return row ? toDraft(row, article) : undefined
}

const touch = (db: StoreDb, reviewId: string) =>
  db
    .update(reviews)
    .set({ updatedAt: sql`now()`, version: sql`${reviews.version} + 1` })
    .where(eq(reviews.id, reviewId))

/**
 * Saves one change to a draft at once, if the draft is still at `version`. Any change
 * that leaves out something a reviewed draft needs takes its "reviewed" mark away.
 */
export async function updateDraft(
  db: StoreDb,
  reviewId: string,
  draftId: string,
  version: number,
  patch: DraftPatch,
): Promise<ReviewDraft> {
  return db.transaction(async (tx) => {
    const head = await openReview(tx, reviewId)
    const before = await currentDraft(tx, reviewId, draftId, head.articleText)
    if (!before || before.version !== version) throw new ReviewConflictError(before)
    const perspectiveIds = new Set(
      (await tx.select({ id: t.perspectives.id }).from(t.perspectives).where(eq(t.perspectives.storyId, head.storyId))).map(
        (p) => p.id,
      ),
    )
    if (patch.perspective != null && !perspectiveIds.has(patch.perspective))
      throw new ReviewError('That camp is not one of this story’s camps.')
    let span = { start: before.start, end: before.end }
    if (patch.span) {
      const trimmed = trimSpan(head.articleText, patch.span.start, patch.span.end)
      if (!trimmed) throw new ReviewError('The selection holds no words of the article. Select the statement’s words.')
      span = trimmed
    }
    const after: ReviewDraft = {
      ...before,
      ...(patch.speaker ? { speaker: { name: patch.speaker.name, role: patch.speaker.role?.trim() ? patch.speaker.role : null } } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.attribution !== undefined ? { attribution: patch.attribution } : {}),
      ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
      ...(patch.caveats !== undefined ? { caveats: patch.caveats } : {}),
      ...(patch.perspective !== undefined ? { perspective: patch.perspective } : {}),
      ...(patch.stance !== undefined ? { stance: patch.stance } : {}),
      ...span,
      text: head.articleText.slice(span.start, span.end),
    }
    const missing = missingForReview(after)
    if (patch.reviewed === true && missing.length > 0)
      throw new ReviewError(`To mark it reviewed, give it ${listInWords(missing)}.`)
    after.reviewed = (patch.reviewed ?? before.reviewed) && missing.length === 0
    const [row] = await tx
      .update(reviewDrafts)
      .set({
        ...draftRow(reviewId, after, head.articleText),
        updatedAt: sql`now()`,
        version: sql`${reviewDrafts.version} + 1`,
      })
      .where(
        and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.id, draftId), eq(reviewDrafts.version, version)),
      )
      .returning()
    if (!row) throw new ReviewConflictError(await currentDraft(tx, reviewId, draftId, head.articleText))
    await touch(tx, reviewId)
    return toDraft(row, head.articleText)
  })
}

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export async function addDraft(db: StoreDb, reviewId: string, span: { start: number; end: number }): Promise<ReviewDraft> {
  return db.transaction(async (tx) => {
    const head = await openReview(tx, reviewId)
    const trimmed = trimSpan(head.articleText, span.start, span.end)
    if (!trimmed) throw new ReviewError('The selection holds no words of the article. Select the statement’s words.')
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${reviewDrafts.position}), -1)::int + 1` })
      .from(reviewDrafts)
      .where(eq(reviewDrafts.reviewId, reviewId))) as [{ next: number }]
    const draft: Omit<ReviewDraft, 'version'> = {
      id: `a${next + 1}`,
      position: next,
      speaker: { name: '', role: null },
      ...trimmed,
      text: head.articleText.slice(trimmed.start, trimmed.end),
      kind: null,
      attribution: '',
      channel: null,
      caveats: [],
      perspective: null,
      stance: null,
      reviewed: false,
      speakerUncertain: false,
    }
    const [row] = await tx.insert(reviewDrafts).values(draftRow(reviewId, draft, head.articleText)).returning()
    await touch(tx, reviewId)
    return toDraft(row!, head.articleText)
  })
}

/** Removes a wrong draft, if it is still at `version`. */
export async function removeDraft(db: StoreDb, reviewId: string, draftId: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const head = await openReview(tx, reviewId)
    const gone = await tx
      .delete(reviewDrafts)
      .where(
        and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.id, draftId), eq(reviewDrafts.version, version)),
      )
      .returning({ id: reviewDrafts.id })
    if (gone.length === 0) throw new ReviewConflictError(await currentDraft(tx, reviewId, draftId, head.articleText))
    await touch(tx, reviewId)
  })
}

/** Marks a draft reviewed (refused, saying what is missing, without a camp and a stance) or not. */
export function markReviewed(db: StoreDb, reviewId: string, draftId: string, version: number, reviewed: boolean) {
  return updateDraft(db, reviewId, draftId, version, { reviewed })
}
