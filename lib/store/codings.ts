import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { FinishedCoding } from '../coding/types'
import type { StoreDb } from './db'
import { reviewDrafts, reviews } from './review-tables'
import { toDraft } from './reviews'
import { readAliases } from './speakers'

/**
 * The story's articles coded twice whose two coders are both done: the only codings any
 * comparison, figure or export may read (lib/coding/blind). Oldest first.
 */

export async function finishedCodings(
  db: StoreDb,
  storyId: string,
  codingId?: string,
): Promise<FinishedCoding[]> {
  const heads = await db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.storyId, storyId),
        isNotNull(reviews.codingId),
        ...(codingId === undefined ? [] : [eq(reviews.codingId, codingId)]),
      ),
    )
    .orderBy(asc(reviews.createdAt), asc(reviews.coder))
  const byCoding = new Map<string, (typeof heads)[number][]>()
  for (const head of heads) byCoding.set(head.codingId!, [...(byCoding.get(head.codingId!) ?? []), head])
  const done = [...byCoding.values()].filter((group) => {
    const coders = group.filter((r) => r.coder !== null)
    return coders.length === 2 && coders.every((r) => r.codedAt !== null)
  })
  const ids = done.flatMap((group) => group.filter((r) => r.coder !== null).map((r) => r.id))
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(reviewDrafts)
          .where(inArray(reviewDrafts.reviewId, ids))
          .orderBy(asc(reviewDrafts.anchorStart), asc(reviewDrafts.position))
  return done.map((group) => {
    const [a, b] = group.filter((r) => r.coder !== null)
    const settlement = group.find((r) => r.coder === null)
    const side = (head: typeof a) => ({
      reviewId: head!.id,
      coder: head!.coder!,
      drafts: rows.filter((row) => row.reviewId === head!.id).map((row) => toDraft(row, head!.articleText)),
    })
    return {
      codingId: a!.codingId!,
      title: a!.title,
      publisher: a!.publisher,
      a: side(a),
      b: side(b),
      settlementId: settlement?.id ?? null,
      sourceId: settlement?.status === 'done' ? settlement.sourceId : null,
    }
  })
}

/** What the story's agreement report is made from: its finished codings and the speakers' merges. */
export async function codingInputs(db: StoreDb, storyId: string) {
  const [codings, aliases] = await Promise.all([finishedCodings(db, storyId), readAliases(db)])
  return { codings, aliases }
}

export type { FinishedCoding }
