import '../server-only'
import { and, eq } from 'drizzle-orm'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { notFound, staleVersion } from '../errors'
import { rewordClaim } from '../claims/reword'
import { recordStoryChange as record } from '../history'
import { inTransaction } from '../transaction'
import type { StoryHead } from './schema'

/**
 * A story's title and question: one transaction that checks what it touches, bumps the
 * story's version and records the change (camps: camps/, sources: sources/).
 */

export interface StoryTarget {
  storyId: string
  actor: string
}

/**
 * Title and question: the check is on the values the editor started from, so two editors
 * changing different parts of the story (statements, camps) do not get in each other's way.
 */
export async function editStory(
  db: StoreDb,
  input: StoryTarget & {
    expected: Partial<StoryHead>
    changes: Partial<StoryHead>
    /** Told each other story a rewording of the main claim changed (so this instance shows it at once). */
    changed?: (storyId: string) => void
  },
): Promise<StoryHead> {
  const { storyId, changes, expected, actor } = input
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ title: t.stories.title, question: t.stories.question })
      .from(t.stories)
      .where(eq(t.stories.id, storyId))
      .for('update')
    if (!row) throw notFound(`There is no story “${storyId}”.`)
    const fields = (Object.keys(changes) as (keyof StoryHead)[]).filter((k) => changes[k] !== row[k])
    if (fields.some((k) => expected[k] !== undefined && expected[k] !== row[k]))
      throw staleVersion(row, changes)
    if (fields.length === 0) return row
    const after = { ...row, ...changes }
    await tx.update(t.stories).set(changes).where(eq(t.stories.id, storyId))
    // The question is the main claim's wording: rewording it changes the claim everywhere
    // it is used, each story recording the change.
    if (changes.question !== undefined && changes.question !== row.question) {
      const [main] = await tx
        .select({ claimId: c.storyClaims.claimId })
        .from(c.storyClaims)
        .where(and(eq(c.storyClaims.storyId, storyId), eq(c.storyClaims.main, true)))
      if (main) {
        const { stories } = await rewordClaim(tx, { claimId: main.claimId, wording: changes.question, actor })
        for (const other of stories) input.changed?.(other)
      }
    }
    await record(tx, {
      storyId,
      entity: 'story',
      entityId: storyId,
      action: 'update',
      actor,
      before: row,
      after,
    })
    return after
  })
}
