import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import type { StoreDb } from '../../store/db'
import { changes as changeLog } from '../../store/history-tables'
import { reviewDrafts } from '../../store/review-tables'
import { draftKey } from './rows'

/**
 * The first "a<n>" (or `letter`<n>) from `from` on that nothing of the review has ever
 * had: a removed draft keeps its id in the change log (its Undo brings it back under it),
 * so a new draft must not take it, or Undo would be refused and two drafts would share
 * one history. Non-responses in review ("n<n>") keep their history the same way.
 */
export async function unusedAddedId(
  tx: StoreDb,
  head: { id: string; storyId: string },
  from: number,
  letter = 'a',
  others: readonly string[] = [],
) {
  const prefix = draftKey(head.id, '')
  const logged = await tx
    .selectDistinct({ key: changeLog.entityId })
    .from(changeLog)
    .where(
      and(
        eq(changeLog.storyId, head.storyId),
        eq(changeLog.entity, 'draft'),
        sql`left(${changeLog.entityId}, ${prefix.length}) = ${prefix}`,
      ),
    )
  const current = await tx
    .select({ id: reviewDrafts.id })
    .from(reviewDrafts)
    .where(eq(reviewDrafts.reviewId, head.id))
  const taken = new Set([
    ...logged.map((r) => r.key.slice(prefix.length)),
    ...current.map((r) => r.id),
    ...others,
  ])
  let n = from
  while (taken.has(`${letter}${n}`)) n++
  return `${letter}${n}`
}
