import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { PrivateClaim, PrivateOutcome } from '../coding/private-claims'
import type { StoreDb } from './db'
import { reviewClaims, reviews } from './review-tables'

/**
 * Reads of the claims blind coders create in their reviews (lib/coding/private-claims).
 * No read of the shared claims (pages, counts, exports, search, the claim picker's list)
 * touches this table: a private claim is read only through a review, here, by callers that
 * have already asked lib/coding/blind whether the reader may open that review.
 */

const toClaim = (row: typeof reviewClaims.$inferSelect): PrivateClaim => ({
  id: row.id,
  reviewId: row.reviewId,
  wording: row.wording,
  createdBy: row.createdBy,
  outcome: row.outcome as PrivateOutcome | null,
  outcomeClaimId: row.outcomeClaimId,
  settledBy: row.settledBy,
  settledAt: row.settledAt,
})

/** The private claims created in these reviews, oldest first. */
export async function privateClaimsOf(db: StoreDb, reviewIds: readonly string[]): Promise<PrivateClaim[]> {
  if (reviewIds.length === 0) return []
  const rows = await db
    .select()
    .from(reviewClaims)
    .where(inArray(reviewClaims.reviewId, [...reviewIds]))
    .orderBy(asc(reviewClaims.createdAt), asc(reviewClaims.id))
  return rows.map(toClaim)
}

/** The two coders' reviews of a coding, by id. */
export async function coderReviewIds(db: StoreDb, codingId: string): Promise<string[]> {
  const rows = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.codingId, codingId), isNotNull(reviews.coder)))
    .orderBy(asc(reviews.createdAt), asc(reviews.coder))
  return rows.map((r) => r.id)
}

/**
 * The private claims a review's drafts may take stances on: on a coder's review, the ones
 * that coder created there; on a settlement, both coders' (settled or not, as a stance on a
 * settled one is resolved on save). None on a plain review.
 */
export async function privateClaimsFor(
  db: StoreDb,
  head: { id: string; codingId: string | null; coder: string | null },
): Promise<PrivateClaim[]> {
  if (head.codingId === null) return []
  if (head.coder !== null) return privateClaimsOf(db, [head.id])
  return privateClaimsOf(db, await coderReviewIds(db, head.codingId))
}
