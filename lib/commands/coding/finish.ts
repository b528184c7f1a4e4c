import '../server-only'
import { randomUUID } from 'node:crypto'
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm'
import { settlementDrafts } from '../../coding/settlement'
import { settlementNonResponses } from '../../coding/settled-non-responses'
import type { ReviewDraft } from '../../import/review-draft'
import { reviewNonResponsesOf, toDraft } from '../../store/reviews'
import { draftChange, draftKey, draftRow } from '../drafts/rows'
import { recordChanges } from '../history'
import type { StoreDb } from '../../store/db'
import { reviewDrafts, reviewNonResponses, reviews } from '../../store/review-tables'
import { CommandError, invalid, notFound } from '../errors'
import { inTransaction } from '../transaction'

type Head = typeof reviews.$inferSelect

/**
 * Both coders are done: the settlement review, whose drafts hold what they agreed on and
 * leave open where they differ (lib/coding/settlement), each draft's first history entry
 * naming the two coded drafts it was made from; and both coders' non-responses, the ones
 * they share once (lib/coding/settled-non-responses), each entry saying who recorded it.
 */
async function startSettlement(tx: StoreDb, coders: Head[], actor: string): Promise<string> {
  const [first, second] = coders as [Head, Head]
  const read = async (head: Head) =>
    (
      await tx
        .select()
        .from(reviewDrafts)
        .where(eq(reviewDrafts.reviewId, head.id))
        .orderBy(asc(reviewDrafts.anchorStart), asc(reviewDrafts.position))
    ).map((row) => toDraft(row, head.articleText))
  const drafts = settlementDrafts(await read(first), await read(second))
  const id = randomUUID()
  const { articleText, publisher, title, date, url, storyId, codingId } = first
  await tx
    .insert(reviews)
    .values({ id, storyId, articleText, publisher, title, date, url, codingId, createdBy: actor })
  if (drafts.length > 0) {
    await tx.insert(reviewDrafts).values(drafts.map((d) => draftRow(id, d, articleText)))
    await recordChanges(
      tx,
      drafts.map((d) =>
        draftChange({ id, storyId }, d.id, 'compare', actor, null, {
          ...d,
          version: 1,
          codings: [first.id, second.id],
        } as ReviewDraft),
      ),
    )
  }
  const silent = settlementNonResponses(
    await reviewNonResponsesOf(tx, first.id, articleText),
    await reviewNonResponsesOf(tx, second.id, articleText),
  )
  if (silent.length > 0) {
    await tx.insert(reviewNonResponses).values(
      silent.map(({ nonResponse: n }) => ({
        reviewId: id,
        id: n.id,
        perspectiveId: n.perspective,
        claimId: n.claim,
        anchorStart: n.start,
        anchorEnd: n.end,
        text: n.text,
        asOf: n.asOf,
      })),
    )
    await recordChanges(
      tx,
      silent.map(({ nonResponse, recordedBy }) => ({
        storyId,
        entity: 'draft',
        entityId: draftKey(id, nonResponse.id),
        action: 'compare',
        actor,
        before: null,
        after: { ...nonResponse, version: 1, codings: [first.id, second.id], recordedBy },
        version: 1,
      })),
    )
  }
  return id
}

/**
 * A coder marks their blind coding done. Both coders' reviews are locked, in one order,
 * so two coders finishing at the same moment see each other's mark.
 */
export async function finishCoding(
  db: StoreDb,
  reviewId: string,
  actor: string,
): Promise<{ storyId: string; codingId: string; bothDone: boolean; settlementId: string | null }> {
  return inTransaction(db, async (tx) => {
    const [own] = await tx.select().from(reviews).where(eq(reviews.id, reviewId))
    if (!own) throw notFound('There is no such review.')
    if (own.coder === null || own.codingId === null)
      throw invalid('review', 'This review is not coded twice: save it to the story when it is ready.')
    if (own.coder !== actor)
      throw new CommandError(
        'forbidden',
        'This article is being coded blind by another editor: only they can mark their coding done.',
      )
    const heads = await tx
      .select()
      .from(reviews)
      .where(eq(reviews.codingId, own.codingId))
      .orderBy(asc(reviews.id))
      .for('update')
    const head = heads.find((r) => r.id === reviewId)!
    if (head.codedAt !== null) throw invalid('review', 'You marked this coding done already.')
    const [{ waiting }] = (await tx
      .select({ waiting: sql<number>`count(*)::int` })
      .from(reviewDrafts)
      .where(and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.reviewed, false)))) as [
      { waiting: number },
    ]
    if (waiting > 0)
      throw invalid(
        'review',
        `${waiting} statement${waiting === 1 ? ' is' : 's are'} not marked reviewed yet: mark each reviewed, or remove it, then mark your coding done.`,
      )
    await tx
      .update(reviews)
      .set({ codedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${reviews.version} + 1` })
      .where(eq(reviews.id, reviewId))
    // Locked in id order, compared in the order they were named (first coder, second coder),
    // as the comparison page and the settling of differences read them. Ordered by the store:
    // the two are a microsecond apart, finer than a JavaScript date.
    const coders = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.codingId, own.codingId), isNotNull(reviews.coder)))
      .orderBy(asc(reviews.createdAt), asc(reviews.coder))
    const bothDone = coders.every((r) => r.id === reviewId || r.codedAt !== null)
    const settlementId = bothDone ? await startSettlement(tx, coders, actor) : null
    return { storyId: head.storyId, codingId: own.codingId, bothDone, settlementId }
  })
}
