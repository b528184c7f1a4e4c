import '../server-only'
import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import { storiesUsingClaim } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { CommandError, notFound, staleVersion } from '../errors'
import { bumpStory, recordChange } from '../history'
import { inTransaction } from '../transaction'

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
  // One proposition, one claim: a wording another claim has is that claim, to merge with.
  const [twin] = await tx
    .select({ id: c.claims.id })
    .from(c.claims)
    .where(and(eq(c.claims.wording, wording), ne(c.claims.id, claimId)))
  if (twin)
    throw new CommandError(
      'conflict',
      `Another claim is already worded “${wording}”. To make them one claim, merge them on the claim’s page.`,
      { field: 'wording' },
    )
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

/**
 * An editor's rewording (the claim's page): checked against the wording the editor started
 * from, so two editors rewording one claim at once do not overwrite each other (409).
 */
export async function rewordClaimAs(
  db: StoreDb,
  input: { claimId: string; expected: string; wording: string; actor: string },
): Promise<{ claim: { id: string; wording: string }; stories: string[] }> {
  return inTransaction(db, async (tx) => {
    const [claim] = await tx
      .select({ id: c.claims.id, wording: c.claims.wording })
      .from(c.claims)
      .where(eq(c.claims.id, input.claimId))
      .for('update')
    if (!claim) throw notFound('That claim is not in the store.')
    if (claim.wording !== input.expected)
      throw staleVersion(
        claim,
        { wording: input.wording },
        `Someone else reworded this claim since you opened it, to “${claim.wording}”. Your wording was not saved.`,
      )
    const { stories } = await rewordClaim(tx, {
      claimId: claim.id,
      wording: input.wording,
      actor: input.actor,
    })
    return { claim: { id: claim.id, wording: input.wording }, stories }
  })
}
