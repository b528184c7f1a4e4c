import '../server-only'
import { and, eq } from 'drizzle-orm'
import { trimSpan } from '../../import/review-draft'
import { readStoryClaims } from '../../store/claim-reads'
import { privateClaimsFor } from '../../store/private-claims'
import type { StoreDb } from '../../store/db'
import { reviewNonResponses } from '../../store/review-tables'
import * as t from '../../store/tables'
import { CommandError, invalid } from '../errors'
import { recordChange, type ChangeInput } from '../history'
import { draftKey } from '../drafts/rows'
import { unusedAddedId } from '../drafts/added-id'
import { openReview, touch } from '../drafts/open-review'
import { inTransaction } from '../transaction'
import type { ReviewNonResponse } from '../../import/review-draft'
import { toNonResponse } from '../../store/reviews'

/**
 * Non-responses in an open review, each change in its own transaction and in the review's
 * history (the change log's "draft" entries, kept apart from the story's own until saved).
 */

/** The most non-responses one review holds. */
export const REVIEW_NON_RESPONSES_MAX = 100

/** A non-response's entry in its review's history ('settle': re-pointed as its coder's claim was settled). */
export const nonResponseChange = (
  head: { id: string; storyId: string },
  id: string,
  action: 'add-non-response' | 'remove-non-response' | 'settle',
  actor: string,
  before: ReviewNonResponse | null,
  after: ReviewNonResponse | null,
): ChangeInput => ({
  storyId: head.storyId,
  entity: 'draft',
  entityId: draftKey(head.id, id),
  action,
  actor,
  before,
  after,
  version: after?.version ?? null,
})

/**
 * Records, from the editor's selection in the article, that a camp did not respond to a
 * claim: the camp one of the story's, the claim one of its claims (the question too), or
 * in a blind coding a claim of the coder's own.
 */
export async function addNonResponse(
  db: StoreDb,
  input: {
    reviewId: string
    actor: string
    span: { start: number; end: number }
    perspective: string
    claim: string
    asOf?: string | null
  },
): Promise<ReviewNonResponse> {
  return inTransaction(db, async (tx) => {
    const head = await openReview(tx, input.reviewId, input.actor)
    const trimmed = trimSpan(head.articleText, input.span.start, input.span.end)
    if (!trimmed)
      throw invalid(
        'span',
        'The selection holds no words of the article. Select the words that say the camp did not respond.',
      )
    const [camp] = await tx
      .select({ id: t.perspectives.id })
      .from(t.perspectives)
      .where(and(eq(t.perspectives.storyId, head.storyId), eq(t.perspectives.id, input.perspective)))
    if (!camp) throw invalid('perspective', 'That camp is not one of this story’s camps.')
    // One of the story's claims, or on a blind coding one of its own claims not settled yet
    // (private like the claim: only this review shows it, until an editor settles it).
    const claims = await readStoryClaims(tx, head.storyId)
    const own = (await privateClaimsFor(tx, head)).filter((claim) => claim.outcome === null)
    if (!claims.some((claim) => claim.id === input.claim) && !own.some((claim) => claim.id === input.claim))
      throw invalid('claim', 'That claim is not one of this story’s claims: add it to the story first.')
    const current = await tx
      .select({
        id: reviewNonResponses.id,
        perspective: reviewNonResponses.perspectiveId,
        claim: reviewNonResponses.claimId,
      })
      .from(reviewNonResponses)
      .where(eq(reviewNonResponses.reviewId, head.id))
    if (current.length >= REVIEW_NON_RESPONSES_MAX)
      throw invalid(
        'span',
        `This review already holds ${REVIEW_NON_RESPONSES_MAX} non-responses, the most one review may hold. Save them to the story first.`,
      )
    if (current.some((n) => n.perspective === input.perspective && n.claim === input.claim))
      throw invalid('claim', 'This review already records that this camp did not respond to this claim.')
    const id = await unusedAddedId(
      tx,
      head,
      current.length + 1,
      'n',
      current.map((n) => n.id),
    )
    const [row] = await tx
      .insert(reviewNonResponses)
      .values({
        reviewId: head.id,
        id,
        perspectiveId: input.perspective,
        claimId: input.claim,
        anchorStart: trimmed.start,
        anchorEnd: trimmed.end,
        text: head.articleText.slice(trimmed.start, trimmed.end),
        asOf: input.asOf ?? null,
      })
      .returning()
    await touch(tx, head.id)
    const added = toNonResponse(row!, head.articleText)
    await recordChange(tx, nonResponseChange(head, id, 'add-non-response', input.actor, null, added))
    return added
  })
}

/** Removes a wrong non-response from the review, if it is still at `version`. */
export async function removeNonResponse(
  db: StoreDb,
  input: { reviewId: string; nonResponseId: string; version: number; actor: string },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const head = await openReview(tx, input.reviewId, input.actor)
    const where = and(
      eq(reviewNonResponses.reviewId, head.id),
      eq(reviewNonResponses.id, input.nonResponseId),
    )
    const [row] = await tx.select().from(reviewNonResponses).where(where)
    if (!row)
      throw new CommandError('conflict', 'This non-response was removed from the review by someone else.')
    const gone = await tx
      .delete(reviewNonResponses)
      .where(and(where, eq(reviewNonResponses.version, input.version)))
      .returning({ id: reviewNonResponses.id })
    if (gone.length === 0)
      throw new CommandError(
        'conflict',
        'Someone else changed this non-response since you opened it. Reload the page.',
      )
    await touch(tx, head.id)
    const before = toNonResponse(row, head.articleText)
    await recordChange(tx, nonResponseChange(head, row.id, 'remove-non-response', input.actor, before, null))
  })
}
