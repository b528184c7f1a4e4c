import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import { isPrivateClaim, settledStances, UNSETTLED_OWN_CLAIM } from '../coding/private-claims'
import type { SettledField } from '../coding/settlement'
import type { FinishedCoding } from '../coding/types'
import type { ReviewDraft } from '../import/review-draft'
import { changes } from './history-tables'
import { claims } from './claim-tables'
import type { StoreDb } from './db'
import { privateClaimsOf } from './private-claims'
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

/**
 * What the story's agreement report is made from: its finished codings, the speakers'
 * merges, and the wordings of the claims the coders attached (the report names each
 * claim by its wording, the story's own and any other).
 */
export async function codingInputs(db: StoreDb, storyId: string) {
  const [finished, aliases] = await Promise.all([finishedCodings(db, storyId), readAliases(db)])
  const privateClaims = new Map(
    (
      await privateClaimsOf(
        db,
        finished.flatMap((c) => [c.a.reviewId, c.b.reviewId]),
      )
    ).map((c) => [c.id, c]),
  )
  // A stance on a coder's own claim is measured on the claim it was settled as (kept or
  // merged), and not at all once dropped; one not settled yet stays on its own claim,
  // which the report names without its words (readers see the report).
  const resolved = (draft: ReviewDraft): ReviewDraft => {
    if (!draft.stances.some((s) => isPrivateClaim(s.claim))) return draft
    const { stances, unsettled } = settledStances(draft.stances, privateClaims)
    const open = new Set(unsettled.map((c) => c.id))
    return { ...draft, stances: [...stances, ...draft.stances.filter((s) => open.has(s.claim))] }
  }
  const codings = finished.map((c) => ({
    ...c,
    a: { ...c.a, drafts: c.a.drafts.map(resolved) },
    b: { ...c.b, drafts: c.b.drafts.map(resolved) },
  }))
  const ids = [
    ...new Set(
      codings.flatMap((c) => [...c.a.drafts, ...c.b.drafts].flatMap((d) => d.stances.map((s) => s.claim))),
    ),
  ]
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({ id: claims.id, wording: claims.wording })
          .from(claims)
          .where(inArray(claims.id, ids))
  const claimWordings = Object.fromEntries([
    ...ids.filter(isPrivateClaim).map((id) => [id, UNSETTLED_OWN_CLAIM]),
    ...rows.map((row) => [row.id, row.wording]),
  ])
  return { codings, aliases, claimWordings }
}

export type { FinishedCoding }

/**
 * The differences an editor has settled on each draft of a settlement, by draft id: read
 * from the drafts' "settle" entries in the change log, each naming the field it settled.
 */
export async function settledFields(
  db: StoreDb,
  storyId: string,
  settlementId: string,
): Promise<Map<string, SettledField[]>> {
  const prefix = `${settlementId}/`
  const rows = await db
    .select({ key: changes.entityId, field: sql<string | null>`${changes.after} ->> 'settled'` })
    .from(changes)
    .where(
      and(
        eq(changes.storyId, storyId),
        eq(changes.entity, 'draft'),
        eq(changes.action, 'settle'),
        sql`left(${changes.entityId}, ${prefix.length}) = ${prefix}`,
      ),
    )
  const settled = new Map<string, SettledField[]>()
  for (const { key, field } of rows) {
    if (field === null) continue
    const id = key.slice(prefix.length)
    settled.set(id, [...(settled.get(id) ?? []), field as SettledField])
  }
  return settled
}
