import { describe, expect, it } from 'vitest'
import type { Store } from '../../store/db'
import { readStatement } from '../../store/statement-rows'
import { addCamp, deleteCamp } from '../camps/commands'
import { SEED_ID, editStatementAs, seededStore, storeForFile } from '../testing'

/**
 * A move into a camp someone else deleted (since the editor's page showed it) is a 409
 * in words at the camp field, not a 400 about an unknown camp; nothing changes.
 * The same move racing the deletion on two instances is in races.server.test.ts.
 */

let store: Store
storeForFile((made) => (store = made), seededStore)

const ACTOR = 'user:editor@example.org'

describe('moving a statement into a camp', () => {
  it('answers a 409 in words when the camp was deleted meanwhile', async () => {
    const camp = await addCamp(store.db, {
      storyId: SEED_ID,
      actor: ACTOR,
      label: 'Short-lived',
      definition: 'Soon gone.',
    })
    const before = (await readStatement(store.db, SEED_ID, 'munir-guterres'))!
    await deleteCamp(store.db, { storyId: SEED_ID, actor: ACTOR, campId: camp.id })
    const move = editStatementAs(store.db, {
      storyId: SEED_ID,
      statementId: 'munir-guterres',
      actor: ACTOR,
      expectedVersion: before.version,
      changes: { perspective: camp.id },
    })
    await expect(move).rejects.toMatchObject({
      code: 'conflict',
      status: 409,
      message:
        'That camp was deleted by someone else since you chose it, so your change was not saved. Reload the page to see the story’s camps, then choose one.',
      details: { field: 'perspective' },
    })
    expect(await readStatement(store.db, SEED_ID, 'munir-guterres')).toEqual(before)
  })
})
