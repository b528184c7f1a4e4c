import '../server-only'
import { and, asc, eq, isNotNull } from 'drizzle-orm'
import { missingForReview, type ReviewDraft } from '../../import/review-draft'
import { isPrivateClaim, takeStance, type Taken } from '../../coding/private-claims'
import {
  claimOf,
  comparedFields,
  openFields,
  pairCodings,
  pairDraftId,
  takeSide,
  type SettledField,
} from '../../coding/settlement'
import { settledFields } from '../../store/codings'
import { privateClaimsFor } from '../../store/private-claims'
import type { StoreDb } from '../../store/db'
import { reviewDrafts, reviews } from '../../store/review-tables'
import { toDraft } from '../../store/reviews'
import { invalid, notFound } from '../errors'
import { updateDraft } from '../drafts/commands'

/**
 * An editor settles a difference between the two coders of a pair by taking one side:
 * the value is read from that coder's finished coding (never from the request), saved on
 * the settlement's draft as a "settle" entry of its history under the editor's name, and
 * the draft is marked reviewed once nothing is left open.
 */
export async function settleDifference(
  db: StoreDb,
  input: {
    reviewId: string
    draftId: string
    version: number
    field: SettledField
    side: 'first' | 'second'
    actor: string
  },
): Promise<ReviewDraft> {
  const [head] = await db.select().from(reviews).where(eq(reviews.id, input.reviewId))
  if (!head) throw notFound('There is no such review.')
  if (head.codingId === null || head.coder !== null)
    throw invalid('review', 'Only the settlement of an article coded twice has differences to settle.')
  // The coders' reviews are finished (the settlement exists only then), so they no longer change.
  const coders = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.codingId, head.codingId), isNotNull(reviews.coder)))
    .orderBy(asc(reviews.createdAt), asc(reviews.coder))
  const [first, second] = await Promise.all(
    coders.map(async (coder) =>
      (
        await db
          .select()
          .from(reviewDrafts)
          .where(eq(reviewDrafts.reviewId, coder.id))
          .orderBy(asc(reviewDrafts.anchorStart), asc(reviewDrafts.position))
      ).map((row) => toDraft(row, coder.articleText)),
    ),
  )
  const pairing = pairCodings(first ?? [], second ?? [])
  const n = pairing.pairs.findIndex((_, i) => pairDraftId(i + 1) === input.draftId)
  if (n < 0)
    throw invalid('draft', 'This statement was found by one coder only: keep it or remove it instead.')
  const pair = pairing.pairs[n]!
  if (!comparedFields(pair.a, pair.b).includes(input.field))
    throw invalid(
      'field',
      'Neither coder gave this statement a stance on that claim: there is nothing to settle.',
    )
  const [current] = await db
    .select()
    .from(reviewDrafts)
    .where(and(eq(reviewDrafts.reviewId, input.reviewId), eq(reviewDrafts.id, input.draftId)))
  if (!current) throw notFound('This statement is no longer in the settlement: it was removed.')
  const draft = toDraft(current, head.articleText)
  const from = input.side === 'first' ? pair.a : pair.b
  const claimId = claimOf(input.field)
  let changes = takeSide(from, input.field, draft)
  let note: string | undefined
  if (claimId !== null && isPrivateClaim(claimId)) {
    // A coder's own claim may be settled (kept, merged, dropped) before its stance is: the
    // take follows the claim to what it became, as a take made first was moved then.
    const privateClaims = new Map((await privateClaimsFor(db, head)).map((c) => [c.id, c]))
    const stance = from.stances.find((s) => s.claim === claimId)
    const taken = takeStance(draft.stances, claimId, stance, privateClaims)
    changes = { stances: taken.stances }
    note = takenInWords(
      taken,
      { id: claimId, wording: privateClaims.get(claimId)?.wording ?? '' },
      stance !== undefined,
    )
  }
  const after = { ...draft, ...changes }
  const settled = (await settledFields(db, head.storyId, head.id)).get(input.draftId) ?? []
  const open = openFields(pair.a, pair.b, [...settled, input.field])
  return updateDraft(db, {
    reviewId: input.reviewId,
    draftId: input.draftId,
    version: input.version,
    actor: input.actor,
    action: 'settle',
    settled: input.field,
    note,
    // Settled in full (no difference left open, nothing lacking): ready for the story, as a reviewed draft.
    changes: {
      ...changes,
      ...(open.length === 0 && missingForReview(after).length === 0 ? { reviewed: true } : {}),
    },
  })
}

/** How the history says where a take on a coder's settled claim went (takeStance). */
function takenInWords(
  taken: Taken,
  claim: { id: string; wording: string },
  addressed: boolean,
): string | undefined {
  const wording = claim.wording
  if ('dropped' in taken)
    return `The coder’s own claim “${wording}” was dropped with its stances: the take had nothing to write, and the difference is closed as dropped.`
  if (taken.on === claim.id) return undefined
  if (!addressed)
    return `The coder’s own claim “${wording}” was settled before its stance, and this coder did not address it: the claim it became keeps the stance the statement had there.`
  return [
    `The coder’s own claim “${wording}” was settled before its stance: the take went onto the claim it became.`,
    ...(taken.replaced
      ? [`It replaced the stance the statement had there (${taken.replaced.value}: ${taken.replaced.label}).`]
      : []),
  ].join(' ')
}
