import '../server-only'
import { randomUUID } from 'node:crypto'
import { PRIVATE_CLAIM_PREFIX } from '../../coding/private-claims'
import type { StoreDb } from '../../store/db'
import { privateClaimsOf } from '../../store/private-claims'
import { reviewClaims } from '../../store/review-tables'
import type { ClaimChoice } from '../claims/schema'
import { openReview, touch } from '../drafts/open-review'
import { invalid } from '../errors'
import { inTransaction } from '../transaction'

/**
 * A blind coder creates a claim in their own review, while coding: it is the review's
 * alone (lib/coding/private-claims), offered on that review's drafts, and nowhere else
 * until an editor settles it. Its id is new every time: two coders writing the same words
 * make two claims, and neither learns of the other's. Nothing goes into the story's
 * change log: the claim is recorded on its own row, with who created it and when.
 */
export async function createPrivateClaim(
  db: StoreDb,
  input: { reviewId: string; actor: string; wording: string },
): Promise<{ claim: ClaimChoice; claims: ClaimChoice[] }> {
  return inTransaction(db, async (tx) => {
    // Refuses anyone but the coder, and a coding marked done, saying nothing of its content.
    const head = await openReview(tx, input.reviewId, input.actor)
    if (head.coder === null)
      throw invalid(
        'wording',
        head.codingId === null
          ? 'This article is not coded blind: add the claim to the story’s claims instead.'
          : 'The settlement uses the story’s claims and the coders’ own: add a claim to the story instead.',
      )
    const wording = input.wording.trim()
    const own = await privateClaimsOf(tx, [head.id])
    if (own.some((claim) => claim.wording === wording))
      throw invalid(
        'wording',
        `You created the claim “${wording}” already: it is offered on every statement.`,
      )
    const claim = { id: `${PRIVATE_CLAIM_PREFIX}${randomUUID()}`, wording }
    await tx.insert(reviewClaims).values({ ...claim, reviewId: head.id, createdBy: input.actor })
    await touch(tx, head.id)
    return {
      claim,
      claims: [...own, claim].map(({ id, wording }) => ({ id, wording })),
    }
  })
}
