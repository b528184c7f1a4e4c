import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { stancesOfStatement } from '../../store/claim-reads'
import type { Store } from '../../store/db'
import { entityHistory, statementTimeline } from '../../store/history'
import { readStory } from '../../store/read'
import { reviewDrafts } from '../../store/review-tables'
import { getReview } from '../../store/reviews'
import { oneQuoteReview } from '../reviews/one-quote'
import { saveToStory } from '../reviews/save'
import { createReviewAs, markReviewedAs, SEED_ID, seededStore, storeForFile, updateDraftAs } from '../testing'
import { draftKey } from './rows'

/**
 * A draft's stances on the story's further claims (codebook, "Claims"): never set by
 * default, checked against the story's claims, enough on their own to mark a draft
 * reviewed (the question then stays blank), refused without any stance by the command
 * and by the store itself, and carried by "Save to story" into the statement's stances.
 */

let store: Store
storeForFile((s) => (store = s), seededStore)

const STRATEGY = 'pakistani-military-strategy-shares-blame'
const QUOTE = 'The army’s own strategy in the tribal districts has failed again and again'

let copies = 0
async function openDraft() {
  const article = `Peshawar, Tuesday. A retired general said: “${QUOTE}.” Copy ${++copies}.`
  const id = await createReviewAs(store.db, {
    storyId: SEED_ID,
    actor: 'user:editor@example.org',
    ...oneQuoteReview(article, QUOTE),
  })
  const [draft] = (await getReview(store.db, id))!.drafts
  return { id, draft: draft! }
}

describe('stances on further claims in review', () => {
  it('starts with none, and refuses a claim the story does not have, or the question as a further claim', async () => {
    const { id, draft } = await openDraft()
    expect(draft.stances).toEqual([])
    expect(draft.stance).toBeNull()
    await expect(
      updateDraftAs(store.db, id, draft.id, draft.version, {
        stances: [{ claim: 'the-moon-is-cheese', value: 'supports', label: 'x' }],
      }),
    ).rejects.toThrow('“the-moon-is-cheese” is not one of this story’s claims')
    await expect(
      updateDraftAs(store.db, id, draft.id, draft.version, {
        stances: [{ claim: 'militancy-driven-from-afghanistan', value: 'supports', label: 'x' }],
      }),
    ).rejects.toThrow('The main claim is the story’s question')
  })

  it('marks a draft reviewed only with a camp and a stance on some claim; a further claim alone will do', async () => {
    const { id, draft } = await openDraft()
    const camp = await updateDraftAs(store.db, id, draft.id, draft.version, {
      perspective: 'analysts',
    })
    await expect(markReviewedAs(store.db, id, draft.id, camp.version, true)).rejects.toThrow(
      'To mark it reviewed, give it a stance on the question or on another claim.',
    )
    const unlabelled = await updateDraftAs(store.db, id, draft.id, camp.version, {
      stances: [{ claim: STRATEGY, value: 'supports', label: '' }],
    })
    expect(unlabelled.stances).toEqual([{ claim: STRATEGY, value: 'supports', label: '' }])
    await expect(markReviewedAs(store.db, id, draft.id, unlabelled.version, true)).rejects.toThrow(
      'a short label for each stance on a claim',
    )
    const labelled = await updateDraftAs(store.db, id, draft.id, unlabelled.version, {
      stances: [{ claim: STRATEGY, value: 'supports', label: 'Blames the army’s strategy' }],
    })
    const reviewed = await markReviewedAs(store.db, id, draft.id, labelled.version, true)
    expect(reviewed).toMatchObject({ reviewed: true, stance: null })
    // Taking the last stance away takes the mark with it.
    const bare = await updateDraftAs(store.db, id, draft.id, reviewed.version, { stances: [] })
    expect(bare.reviewed).toBe(false)
    // Each change is in the draft's history, with the stances before and after.
    const history = (await entityHistory(store.db, SEED_ID, 'draft', draftKey(id, draft.id))).reverse()
    expect(history.map((c) => c.action)).toEqual([
      'extract',
      'update',
      'update',
      'update',
      'review',
      'update',
      'unreview',
    ])
    expect(history[3]!.after).toMatchObject({
      stances: [{ claim: STRATEGY, value: 'supports', label: 'Blames the army’s strategy' }],
    })
  })

  it('is refused by the store itself: a reviewed draft without any stance breaks its check', async () => {
    const { id, draft } = await openDraft()
    await updateDraftAs(store.db, id, draft.id, draft.version, { perspective: 'analysts' })
    const where = and(eq(reviewDrafts.reviewId, id), eq(reviewDrafts.id, draft.id))
    await expect(store.db.update(reviewDrafts).set({ reviewed: true }).where(where)).rejects.toMatchObject({
      cause: { message: expect.stringContaining('review_drafts_reviewed') },
    })
    // With a stance on a further claim alone, the store lets the mark stand.
    await store.db
      .update(reviewDrafts)
      .set({
        claimStances: [{ claim: STRATEGY, value: 'rejects', label: 'Denies it' }],
        reviewed: true,
      })
      .where(where)
    const [row] = await store.db
      .select({ reviewed: reviewDrafts.reviewed, blank: sql<boolean>`${reviewDrafts.stanceValue} is null` })
      .from(reviewDrafts)
      .where(where)
    expect(row).toEqual({ reviewed: true, blank: true })
  })

  it('goes into the story with "Save to story": the statement’s stance on the claim, its question blank', async () => {
    const { id, draft } = await openDraft()
    const coded = await updateDraftAs(store.db, id, draft.id, draft.version, {
      perspective: 'analysts',
      stances: [{ claim: STRATEGY, value: 'supports', label: 'Blames the army’s strategy' }],
    })
    await markReviewedAs(store.db, id, draft.id, coded.version, true)
    const { added } = await saveToStory(store.db, id, 'user:editor@example.org')
    expect(added).toHaveLength(1)
    const statement = (await readStory(store.db, SEED_ID))!.statements.find((s) => s.id === added[0])!
    expect(statement.stance).toBeUndefined()
    expect(statement.text).toBe(QUOTE)
    expect(await stancesOfStatement(store.db, SEED_ID, added[0]!)).toEqual([
      { claim: STRATEGY, value: 'supports', label: 'Blames the army’s strategy' },
    ])
    // The story's change log has the save, with the stance on the claim.
    const timeline = await statementTimeline(store.db, SEED_ID, added[0]!)
    const save = timeline.find((c) => c.entity === 'statement' && c.action === 'save')!
    expect(save.after).toMatchObject({
      stance: null,
      stances: [{ claim: STRATEGY, value: 'supports', label: 'Blames the army’s strategy' }],
    })
  })
})
