import { and, eq, sql } from 'drizzle-orm'
import { listInWords, missingForReview, trimSpan, type ReviewDraft } from '../import/review-draft'
import type { Channel, Kind, Stance } from '../story/codebook'
import { readStatementDate } from '../story/statement-date'
import type { StoreDb } from './db'
import { reviewDrafts, reviews } from './review-tables'
import { draftRow, ReviewConflictError, ReviewError, toDraft } from './reviews'
import * as t from './tables'

/**
 * Changes to the drafts of an open review, each saved at once in its own transaction and
 * checked against the draft's version.
 */

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
  /** The day the statement was made, YYYY-MM-DD; empty or null clears it. */
  date?: string | null
  reviewed?: boolean
}

async function openReview(db: StoreDb, reviewId: string) {
  const [head] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).for('update')
  if (!head) throw new ReviewError('There is no such review.', 404)
  if (head.status !== 'open')
    throw new ReviewError('This review is finished: its statements are in the story.')
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
      (
        await tx
          .select({ id: t.perspectives.id })
          .from(t.perspectives)
          .where(eq(t.perspectives.storyId, head.storyId))
      ).map((p) => p.id),
    )
    if (patch.perspective != null && !perspectiveIds.has(patch.perspective))
      throw new ReviewError('That camp is not one of this story’s camps.')
    let date: Pick<ReviewDraft, 'date' | 'dateCue'> = { date: before.date, dateCue: before.dateCue }
    if (patch.date !== undefined) {
      const read = readStatementDate(patch.date)
      if (!read.ok) throw new ReviewError(read.message)
      // The editor's own choice now, no longer a suggestion from the article's words.
      date = { date: read.date, dateCue: null }
    }
    let span = { start: before.start, end: before.end }
    if (patch.span) {
      const trimmed = trimSpan(head.articleText, patch.span.start, patch.span.end)
      if (!trimmed)
        throw new ReviewError('The selection holds no words of the article. Select the statement’s words.')
      span = trimmed
    }
    const after: ReviewDraft = {
      ...before,
      ...(patch.speaker
        ? {
            speaker: {
              name: patch.speaker.name,
              role: patch.speaker.role?.trim() ? patch.speaker.role : null,
            },
          }
        : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.attribution !== undefined ? { attribution: patch.attribution } : {}),
      ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
      ...(patch.caveats !== undefined ? { caveats: patch.caveats } : {}),
      ...(patch.perspective !== undefined ? { perspective: patch.perspective } : {}),
      ...(patch.stance !== undefined ? { stance: patch.stance } : {}),
      ...span,
      ...date,
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
        and(
          eq(reviewDrafts.reviewId, reviewId),
          eq(reviewDrafts.id, draftId),
          eq(reviewDrafts.version, version),
        ),
      )
      .returning()
    if (!row) throw new ReviewConflictError(await currentDraft(tx, reviewId, draftId, head.articleText))
    await touch(tx, reviewId)
    return toDraft(row, head.articleText)
  })
}

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export async function addDraft(
  db: StoreDb,
  reviewId: string,
  span: { start: number; end: number },
): Promise<ReviewDraft> {
  return db.transaction(async (tx) => {
    const head = await openReview(tx, reviewId)
    const trimmed = trimSpan(head.articleText, span.start, span.end)
    if (!trimmed)
      throw new ReviewError('The selection holds no words of the article. Select the statement’s words.')
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
      date: null,
      dateCue: null,
    }
    const [row] = await tx
      .insert(reviewDrafts)
      .values(draftRow(reviewId, draft, head.articleText))
      .returning()
    await touch(tx, reviewId)
    return toDraft(row!, head.articleText)
  })
}

/** Removes a wrong draft, if it is still at `version`. */
export async function removeDraft(
  db: StoreDb,
  reviewId: string,
  draftId: string,
  version: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const head = await openReview(tx, reviewId)
    const gone = await tx
      .delete(reviewDrafts)
      .where(
        and(
          eq(reviewDrafts.reviewId, reviewId),
          eq(reviewDrafts.id, draftId),
          eq(reviewDrafts.version, version),
        ),
      )
      .returning({ id: reviewDrafts.id })
    if (gone.length === 0)
      throw new ReviewConflictError(await currentDraft(tx, reviewId, draftId, head.articleText))
    await touch(tx, reviewId)
  })
}

/** Marks a draft reviewed (refused, saying what is missing, without a camp and a stance) or not. */
export function markReviewed(
  db: StoreDb,
  reviewId: string,
  draftId: string,
  version: number,
  reviewed: boolean,
) {
  return updateDraft(db, reviewId, draftId, version, { reviewed })
}
