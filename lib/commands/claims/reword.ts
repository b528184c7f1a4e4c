import '../server-only'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { storiesUsingClaim } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { notFound } from '../errors'
import { bumpStory, recordChange } from '../history'

/**
 * Rewords a claim everywhere it is used, in the caller's transaction: the claim's own
 * history, and in every story that uses it a new version (so caches and open editors see
 * the change) and a change-log entry. A story whose main claim it is takes it as its
 * question too.
 */
export async function rewordClaim(
  tx: StoreDb,
  { claimId, wording, actor }: { claimId: string; wording: string; actor: string },
): Promise<{ before: string; after: string; stories: string[] }> {
  const [claim] = await tx.select().from(c.claims).where(eq(c.claims.id, claimId)).for('update')
  if (!claim) throw notFound('That claim is not in the store.')
  const stories = await storiesUsingClaim(tx, claimId)
  if (claim.wording === wording) return { before: wording, after: wording, stories }
  await tx
    .update(c.claims)
    .set({ wording, version: sql`${c.claims.version} + 1`, updatedAt: sql`now()` })
    .where(eq(c.claims.id, claimId))
  await tx.insert(c.claimRewordings).values({ claimId, before: claim.wording, after: wording, actor })
  const mainOf = await tx
    .select({ storyId: c.storyClaims.storyId })
    .from(c.storyClaims)
    .where(and(eq(c.storyClaims.claimId, claimId), eq(c.storyClaims.main, true)))
  if (mainOf.length > 0)
    await tx
      .update(t.stories)
      .set({ question: wording })
      .where(
        inArray(
          t.stories.id,
          mainOf.map((row) => row.storyId),
        ),
      )
  for (const storyId of stories) {
    const storyVersion = await bumpStory(tx, storyId)
    await recordChange(tx, {
      storyId,
      entity: 'claim',
      entityId: claimId,
      action: 'reword',
      actor,
      before: { wording: claim.wording },
      after: { wording },
      storyVersion,
    })
  }
  return { before: claim.wording, after: wording, stories }
}
