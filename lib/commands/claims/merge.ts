import '../server-only'
import { and, asc, eq, inArray } from 'drizzle-orm'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound } from '../errors'
import { bumpStory, recordChange } from '../history'
import { inTransaction } from '../transaction'

/**
 * Merging claims, as speakers are merged: two claims found to be one proposition become
 * the surviving one. In every story that used the merged claim, its place in the story's
 * claims, its statements' stances and its non-responses move to the survivor (a story
 * whose question it was takes the survivor's wording as its question); each such story
 * moves a version on and records the merge. The old id and slug redirect to the survivor.
 */

export interface MergedClaim {
  /** The surviving claim. */
  into: { id: string; slug: string; wording: string }
  /** The stories whose claim changed, by id. */
  stories: string[]
}

export async function mergeClaim(
  db: StoreDb,
  input: { claimId: string; into: string; actor: string },
): Promise<MergedClaim> {
  const { claimId, actor } = input
  // Serializable: two merges sent at once (A into B, B into A) never both go through.
  return inTransaction(
    db,
    async (tx) => {
      // A claim already merged stands for its survivor: merges stay one step deep.
      const [redirect] = await tx
        .select({ into: c.claimRedirects.into })
        .from(c.claimRedirects)
        .where(eq(c.claimRedirects.claimId, input.into))
      const intoId = redirect?.into ?? input.into
      if (intoId === claimId) throw invalid('into', 'A claim cannot be merged into itself.')
      const rows = await tx
        .select()
        .from(c.claims)
        .where(inArray(c.claims.id, [claimId, intoId]))
        .orderBy(asc(c.claims.id))
        .for('update')
      const old = rows.find((row) => row.id === claimId)
      const into = rows.find((row) => row.id === intoId)
      if (!old) throw notFound('The claim to merge is not in the store (it may have been merged already).')
      if (!into) throw notFound('The claim to merge into is not in the store.')

      const uses = await tx
        .select({ storyId: c.storyClaims.storyId, claimId: c.storyClaims.claimId, main: c.storyClaims.main })
        .from(c.storyClaims)
        .where(inArray(c.storyClaims.claimId, [claimId, intoId]))
      const stories = uses
        .filter((u) => u.claimId === claimId)
        .map((u) => u.storyId)
        .sort()
      const both = stories.filter((id) => uses.some((u) => u.storyId === id && u.claimId === intoId))
      if (both.length > 0) {
        const titles = await tx
          .select({ title: t.stories.title })
          .from(t.stories)
          .where(inArray(t.stories.id, both))
        throw new CommandError(
          'conflict',
          `Both claims are claims of ${titles.map((s) => `“${s.title}”`).join(', ')}, where statements may take a stance on each: merging would make one statement take two stances on one claim. Code those statements on one of the two claims first.`,
        )
      }

      for (const storyId of stories) {
        const main = uses.find((u) => u.storyId === storyId && u.claimId === claimId)!.main
        const stanceRows = and(
          eq(c.statementStances.storyId, storyId),
          eq(c.statementStances.claimId, claimId),
        )
        const silenceRows = and(eq(c.nonResponses.storyId, storyId), eq(c.nonResponses.claimId, claimId))
        // The stances and non-responses name the story's claim: lifted off, the claim
        // swapped in its place, and put back on the survivor, unchanged otherwise.
        const stances = await tx.select().from(c.statementStances).where(stanceRows)
        const silences = await tx.select().from(c.nonResponses).where(silenceRows)
        await tx.delete(c.statementStances).where(stanceRows)
        await tx.delete(c.nonResponses).where(silenceRows)
        await tx
          .update(c.storyClaims)
          .set({ claimId: intoId })
          .where(and(eq(c.storyClaims.storyId, storyId), eq(c.storyClaims.claimId, claimId)))
        if (stances.length > 0)
          await tx.insert(c.statementStances).values(stances.map((row) => ({ ...row, claimId: intoId })))
        if (silences.length > 0)
          await tx.insert(c.nonResponses).values(silences.map((row) => ({ ...row, claimId: intoId })))
        if (main) await tx.update(t.stories).set({ question: into.wording }).where(eq(t.stories.id, storyId))
        const storyVersion = await bumpStory(tx, storyId)
        await recordChange(tx, {
          storyId,
          entity: 'claim',
          entityId: claimId,
          action: 'merge',
          actor,
          before: { id: old.id, slug: old.slug, wording: old.wording },
          after: { id: into.id, slug: into.slug, wording: into.wording },
          storyVersion,
        })
      }

      const rewordings = await tx
        .select()
        .from(c.claimRewordings)
        .where(eq(c.claimRewordings.claimId, claimId))
        .orderBy(asc(c.claimRewordings.id))
      // Whatever was merged into the old claim now leads to the survivor too.
      await tx.update(c.claimRedirects).set({ into: intoId }).where(eq(c.claimRedirects.into, claimId))
      // A slug once redirected and since taken by a live claim (now merged) leads to the survivor.
      await tx.delete(c.claimRedirects).where(eq(c.claimRedirects.slug, old.slug))
      await tx.insert(c.claimRedirects).values({
        claimId,
        slug: old.slug,
        wording: old.wording,
        into: intoId,
        rewordings: rewordings.map((r) => ({
          before: r.before,
          after: r.after,
          actor: r.actor,
          at: r.at.toISOString(),
        })),
        actor,
      })
      await tx.delete(c.claims).where(eq(c.claims.id, claimId))
      return { into: { id: into.id, slug: into.slug, wording: into.wording }, stories }
    },
    { isolation: 'serializable' },
  )
}
