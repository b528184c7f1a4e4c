import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import { bothCoded } from '../../coding/blind'
import { isPrivateClaim, moveStance, type PrivateOutcome } from '../../coding/private-claims'
import { missingForReview, type ReviewDraft } from '../../import/review-draft'
import { readStoryClaims } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import { privateClaimsOf, coderReviewIds } from '../../store/private-claims'
import { reviewClaims, reviewDrafts, reviewNonResponses, reviews } from '../../store/review-tables'
import { toDraft, toNonResponse } from '../../store/reviews'
import { appendStoryClaim, insertSharedClaim } from '../claims/add'
import { draftChange, draftRow } from '../drafts/rows'
import { nonResponseChange } from '../non-responses/commands'
import { CommandError, invalid, notFound } from '../errors'
import { recordChanges, recordStoryChange } from '../history'
import { inTransaction } from '../transaction'

/**
 * An editor settles a claim a coder created in a blind review, once both coders are done
 * (lib/coding/private-claims), in one transaction:
 * - keep: it becomes a shared claim, added to the story's claims; the story's history
 *   names who created it and who kept it;
 * - merge: its stances move to another claim: one of the story's, one from the shared list
 *   (added to the story), or the other coder's claim (two coders' same words);
 * - drop: its stances go with it.
 * The settlement's drafts and non-responses follow at once, each change in its history. A
 * claim merged into a private claim follows that one's settlement later.
 */
export async function settlePrivateClaim(
  db: StoreDb,
  input: {
    reviewId: string
    claimId: string
    actor: string
    outcome: 'keep' | 'merge' | 'drop'
    into?: string
  },
): Promise<{ storyId: string; outcome: PrivateOutcome; claimId: string | null }> {
  return inTransaction(db, async (tx) => {
    const [head] = await tx.select().from(reviews).where(eq(reviews.id, input.reviewId)).for('update')
    if (!head) throw notFound('There is no such review.')
    if (head.codingId === null || head.coder !== null)
      throw invalid('review', 'Only the settlement of an article coded twice has coders’ claims to settle.')
    if (head.status !== 'open')
      throw invalid('review', 'This settlement is saved to the story: its claims were settled then.')
    const coderIds = await coderReviewIds(tx, head.codingId)
    const coders = await tx
      .select({ codedAt: reviews.codedAt })
      .from(reviews)
      .where(and(eq(reviews.codingId, head.codingId), sql`${reviews.coder} is not null`))
    // The settlement exists only once both are done; checked again, as the rule is the point.
    if (!bothCoded(coders))
      throw invalid('review', 'Both coders must be done before their claims are settled.')
    const [row] = await tx.select().from(reviewClaims).where(eq(reviewClaims.id, input.claimId)).for('update')
    if (!row || !coderIds.includes(row.reviewId))
      throw notFound('That claim is not one the coders of this article created.')
    if (row.outcome !== null)
      throw new CommandError(
        'conflict',
        `The claim “${row.wording}” was settled meanwhile (${row.outcome}). Reload the page to see how.`,
      )
    const storyId = head.storyId
    let target: string | null = null
    if (input.outcome === 'keep') {
      const [same] = await tx
        .select({ id: c.claims.id })
        .from(c.claims)
        .where(eq(c.claims.wording, row.wording))
      if (same)
        throw invalid(
          'outcome',
          `The shared list already has a claim worded “${row.wording}”: merge into it instead.`,
        )
      const claim = await insertSharedClaim(tx, row.wording)
      const position = await appendStoryClaim(tx, storyId, claim)
      target = claim.id
      await recordStoryChange(tx, {
        storyId,
        entity: 'claim',
        entityId: claim.id,
        action: 'keep',
        actor: input.actor,
        after: {
          ...claim,
          position,
          createdBy: row.createdBy,
          createdAt: row.createdAt.toISOString(),
          keptBy: input.actor,
          codingId: head.codingId,
        },
      })
    } else if (input.outcome === 'merge') {
      target = await mergeTarget(tx, storyId, row.id, input.into!, coderIds, input.actor)
    }
    const outcome: PrivateOutcome =
      input.outcome === 'keep' ? 'kept' : input.outcome === 'merge' ? 'merged' : 'dropped'
    await tx
      .update(reviewClaims)
      .set({
        outcome,
        outcomeClaimId: target,
        settledBy: input.actor,
        settledAt: sql`now()`,
        updatedAt: sql`now()`,
        version: sql`${reviewClaims.version} + 1`,
      })
      .where(eq(reviewClaims.id, row.id))
    await moveSettlementStances(tx, head, row.id, target, input.actor)
    await moveSettlementNonResponses(tx, head, row.id, target, input.actor)
    return { storyId, outcome, claimId: target }
  })
}

/**
 * The claim a private claim is merged into, checked: a further claim of the story, a claim
 * of the shared list (then added to the story, and recorded so), or another private claim
 * of this coding not settled yet. The story's question is each statement's own stance.
 */
async function mergeTarget(
  tx: StoreDb,
  storyId: string,
  from: string,
  into: string,
  coderIds: string[],
  actor: string,
): Promise<string> {
  if (into === from) throw invalid('into', 'A claim cannot be merged into itself: choose another claim.')
  if (isPrivateClaim(into)) {
    const other = (await privateClaimsOf(tx, coderIds)).find((claim) => claim.id === into)
    if (!other) throw invalid('into', 'Choose a claim from the list to merge into.')
    if (other.outcome !== null)
      throw invalid('into', `The claim “${other.wording}” is settled already: merge into what it became.`)
    return into
  }
  const storyClaims = await readStoryClaims(tx, storyId)
  const at = storyClaims.findIndex((claim) => claim.id === into)
  if (at === 0)
    throw invalid(
      'into',
      'The story’s question is each statement’s own stance, not a further claim: choose another claim.',
    )
  if (at > 0) return into
  const [shared] = await tx
    .select({ id: c.claims.id, wording: c.claims.wording })
    .from(c.claims)
    .where(eq(c.claims.id, into))
  if (!shared) throw invalid('into', 'Choose a claim from the list to merge into.')
  const position = await appendStoryClaim(tx, storyId, shared)
  await recordStoryChange(tx, {
    storyId,
    entity: 'claim',
    entityId: shared.id,
    action: 'add',
    actor,
    after: { ...shared, position },
  })
  return into
}

/** The settlement's drafts with their stance on the settled claim moved (or gone), each recorded. */
async function moveSettlementStances(
  tx: StoreDb,
  head: typeof reviews.$inferSelect,
  from: string,
  to: string | null,
  actor: string,
): Promise<void> {
  const rows = await tx
    .select()
    .from(reviewDrafts)
    .where(
      and(
        eq(reviewDrafts.reviewId, head.id),
        sql`${reviewDrafts.claimStances} @> ${JSON.stringify([{ claim: from }])}::jsonb`,
      ),
    )
    .for('update')
  const entries = []
  for (const row of rows) {
    const before = toDraft(row, head.articleText)
    const after: ReviewDraft = {
      ...before,
      stances: moveStance(before.stances, from, to),
      version: before.version + 1,
    }
    // A draft whose only stance was dropped is no longer ready for the story.
    after.reviewed = before.reviewed && missingForReview(after).length === 0
    await tx
      .update(reviewDrafts)
      .set({
        ...draftRow(head.id, after, head.articleText),
        updatedAt: sql`now()`,
        version: sql`${reviewDrafts.version} + 1`,
      })
      .where(and(eq(reviewDrafts.reviewId, head.id), eq(reviewDrafts.id, row.id)))
    entries.push(draftChange(head, row.id, 'settle', actor, before, after))
  }
  if (entries.length > 0) await recordChanges(tx, entries)
}

/**
 * The settlement's non-responses naming the settled claim: re-pointed to the claim it was
 * kept as or merged into, or removed with it (dropped), each recorded. One the settlement
 * already holds for that camp and that claim stays alone: the re-pointed one is removed.
 */
async function moveSettlementNonResponses(
  tx: StoreDb,
  head: typeof reviews.$inferSelect,
  from: string,
  to: string | null,
  actor: string,
): Promise<void> {
  const rows = await tx
    .select()
    .from(reviewNonResponses)
    .where(eq(reviewNonResponses.reviewId, head.id))
    .for('update')
  const entries = []
  for (const row of rows.filter((r) => r.claimId === from)) {
    const where = and(eq(reviewNonResponses.reviewId, head.id), eq(reviewNonResponses.id, row.id))
    const before = toNonResponse(row, head.articleText)
    const same = rows.some((r) => r.claimId === to && r.perspectiveId === row.perspectiveId)
    if (to === null || same) {
      await tx.delete(reviewNonResponses).where(where)
      entries.push(nonResponseChange(head, row.id, 'remove-non-response', actor, before, null))
      continue
    }
    const [moved] = await tx
      .update(reviewNonResponses)
      .set({ claimId: to, updatedAt: sql`now()`, version: sql`${reviewNonResponses.version} + 1` })
      .where(where)
      .returning()
    entries.push(
      nonResponseChange(head, row.id, 'settle', actor, before, toNonResponse(moved!, head.articleText)),
    )
  }
  if (entries.length > 0) await recordChanges(tx, entries)
}
