import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { readStoryClaims, sharedClaimChoices } from '../../store/claim-reads'
import type { Store } from '../../store/db'
import { changeCount, entityHistory } from '../../store/history'
import { readStory } from '../../store/read'
import * as t from '../../store/tables'
import { parseInput } from '../endpoint'
import { seededStore, SEED_ID, storeForFile } from '../testing'
import { createStory } from '../stories/create'
import { addStoryClaim } from './add'
import * as claims from './schema'

/**
 * Adding a claim to a story, as its route does it (the schema, then the command): a new
 * claim made from its wording, or a shared one by id; each in one transaction, with its
 * history entry and the story a version up; refusals in words that change nothing.
 */

const EDITOR = 'user:editor@example.org'
let store: Store
storeForFile((s) => (store = s), seededStore)

const add = async (body: unknown, storyId = SEED_ID) =>
  addStoryClaim(store.db, { storyId, actor: EDITOR, ...parseInput(claims.addStoryClaim, body) })
const storyVersion = async () =>
  (await store.db.select({ v: t.stories.version }).from(t.stories).where(eq(t.stories.id, SEED_ID)))[0]!.v
const ids = async () => (await readStoryClaims(store.db, SEED_ID)).map((c) => c.id)

describe('adding a claim to a story', () => {
  it('makes a new claim from its wording, last in the story’s order, recorded with the story a version up', async () => {
    const before = await storyVersion()
    const wording = 'Talks with the Taliban can end the attacks.'
    const { claim, claims: list } = await add({ wording: `  ${wording} ` })
    expect(claim).toEqual({ id: 'talks-with-the-taliban-can-end-the-attacks', wording })
    expect((await ids()).at(-1)).toBe(claim.id)
    expect(list.at(-1)).toEqual(claim)
    expect(await storyVersion()).toBe(before + 1)
    const [change] = await entityHistory(store.db, SEED_ID, 'claim', claim.id)
    expect(change).toMatchObject({ action: 'create', actor: EDITOR, after: { ...claim, position: 6 } })
    // The story file carries it now.
    expect((await readStory(store.db, SEED_ID))!.claims.map((c) => c.id)).toContain(claim.id)
  })

  it('adds a claim another story holds by its id, and the same wording is that claim, never a second', async () => {
    // A second story with a claim of its own.
    const other = 'a-second-story'
    await createStory(store.db, {
      actor: EDITOR,
      id: other,
      title: 'Second',
      question: 'Something is so.',
      perspectives: [{ id: 'a', label: 'A', definition: 'The A side' }],
    })
    expect((await readStoryClaims(store.db, other)).map((c) => c.id)).toEqual([`${other}-question`])
    const { claim } = await add({ wording: 'Border fencing has reduced the attacks.' }, other)
    expect((await sharedClaimChoices(store.db, SEED_ID)).map((c) => c.id)).toContain(claim.id)
    await add({ claimId: claim.id })
    expect((await ids()).at(-1)).toBe(claim.id)
    expect((await sharedClaimChoices(store.db, SEED_ID)).map((c) => c.id)).not.toContain(claim.id)
    const again = add({ wording: 'Border fencing has reduced the attacks.' }, other)
    await expect(again).rejects.toMatchObject({ code: 'invalid', details: { field: 'wording' } })
    await expect(again).rejects.toThrow(
      'This story already has the claim “Border fencing has reduced the attacks.”.',
    )
  })

  it('refuses a question, no claim at all, an unknown id or a claim the story has; nothing changes', async () => {
    const count = await changeCount(store.db, SEED_ID)
    const before = await ids()
    await expect(add({ wording: 'Do talks work?' })).rejects.toThrow(
      'The claim’s wording must be a claim each camp could answer: write it as a statement, not as a question.',
    )
    await expect(add({})).rejects.toThrow('Pick a claim from the list, or write a new one.')
    await expect(add({ claimId: 'no-such-claim' })).rejects.toMatchObject({ code: 'not_found' })
    await expect(add({ claimId: 'taliban-commanders-assist-militants' })).rejects.toMatchObject({
      code: 'invalid',
    })
    await expect(add({ wording: 'Talks' }, 'no-such-story')).rejects.toMatchObject({ code: 'not_found' })
    expect(await ids()).toEqual(before)
    expect(await changeCount(store.db, SEED_ID)).toBe(count)
  })
})
