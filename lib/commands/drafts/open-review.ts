import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { ReviewDraft } from '../../import/review-draft'
import type { StoreDb } from '../../store/db'
import { reviewDrafts, reviews } from '../../store/review-tables'
import { toDraft } from '../../store/reviews'
import { CommandError, invalid, notFound, staleVersion } from '../errors'

// What every change to a review's drafts starts from: the review locked and open to its
// actor, the draft as it stands, and the refusal when it moved on meanwhile.
/**
 * The review, locked, if `actor` may change its drafts: it is open, and a blind coder's
 * review only by its coder, until they mark it done. The refusal says nothing of its content.
 */
export async function openReview(db: StoreDb, reviewId: string, actor: string) {
  const [head] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).for('update')
  if (!head) throw notFound('There is no such review.')
  if (head.coder !== null && head.coder !== actor)
    throw new CommandError(
      'forbidden',
      'This article is being coded blind by another editor: only they can open their review.',
    )
  if (head.status !== 'open')
    throw invalid('review', 'This review is finished: its statements are in the story.')
  if (head.codedAt !== null) throw invalid('review', 'You marked this coding done, so it no longer changes.')
  return head
}

export async function currentDraft(db: StoreDb, reviewId: string, draftId: string, article: string) {
  const [row] = await db
    .select()
    .from(reviewDrafts)
    .where(and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.id, draftId)))
  return row ? toDraft(row, article) : undefined
}

/** The draft changed (or went) since the editor loaded it: refused, with the draft as it is now. */
export const changedMeanwhile = (current: ReviewDraft | undefined) =>
  current
    ? staleVersion(
        current,
        undefined,
        'Someone else changed this statement since you opened it. Their version is shown; make your change again if it still applies.',
      )
    : new CommandError('conflict', 'This statement was removed from the review by someone else.')

export const touch = (db: StoreDb, reviewId: string) =>
  db
    .update(reviews)
    .set({ updatedAt: sql`now()`, version: sql`${reviews.version} + 1` })
    .where(eq(reviews.id, reviewId))
