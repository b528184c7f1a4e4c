import '../server-only'
import type { Perspective } from '../../story/schema'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { refuseLookAlike } from '../camps/look-alike'
import { CommandError, invalid } from '../errors'
import { recordChange } from '../history'
import { inTransaction } from '../transaction'

export interface NewStory {
  actor: string
  id: string
  title: string
  question: string
  perspectives: Perspective[]
}

/**
 * Starts a story with its question and camps and no sources yet: its first article is
 * added through a review. An id already in the store is refused, in the editor's words,
 * and so are two camps that read the same.
 */
export async function createStory(db: StoreDb, input: NewStory): Promise<{ id: string }> {
  input.perspectives.forEach((camp, i) => {
    refuseLookAlike(camp.label, input.perspectives.slice(0, i), `perspectives.${i}.label`)
    if (input.perspectives.slice(0, i).some((other) => other.id === camp.id))
      throw invalid(`perspectives.${i}.id`, `Two camps have the short name “${camp.id}”.`)
  })
  return inTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(t.stories)
      .values({ id: input.id, title: input.title, question: input.question, contentHash: '' })
      .onConflictDoNothing()
      .returning({ id: t.stories.id })
    if (inserted.length === 0)
      throw new CommandError(
        'conflict',
        'A story with that short name already exists. Choose another short name.',
        { field: 'id' },
      )
    await tx.insert(t.perspectives).values(
      input.perspectives.map((p, position) => ({
        storyId: input.id,
        position,
        ...p,
        match: p.match ?? null,
      })),
    )
    await recordChange(tx, {
      storyId: input.id,
      entity: 'story',
      entityId: input.id,
      action: 'create',
      actor: input.actor,
      after: {
        title: input.title,
        question: input.question,
        camps: input.perspectives.map((p) => p.label),
      },
      storyVersion: 1,
    })
    return { id: input.id }
  })
}
