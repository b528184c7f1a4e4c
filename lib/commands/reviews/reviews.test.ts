import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { extractStatements } from '../../extract/extract'
import type { Store } from '../../store/db'
import { readStory } from '../../store/read'
import { reviewDrafts } from '../../store/review-tables'
import { getReview, openReviews } from '../../store/reviews'
import { restoreDraft } from '../drafts/commands'
import { createStory } from '../stories/create'
import {
  addDraftAs as addDraft,
  createReviewAs as createReview,
  markReviewedAs as markReviewed,
  removeDraftAs as removeDraft,
  SEED_ID,
  seededStore,
  storeForFile,
  updateDraftAs as updateDraft,
} from '../testing'
import { REVIEW_DRAFTS_MAX } from './schema'
import { saveToStory } from './save'

const root = path.join(__dirname, '..', '..', '..')
const article = readFileSync(path.join(root, 'eval', 'articles', '12-kakar-evidence.txt'), 'utf8')

let store: Store
storeForFile((s) => (store = s), seededStore)

// Each test reviews its own copy of the article: one story takes an article once.
let copies = 0
const start = (over: Partial<Parameters<typeof createReview>[1]> = {}) =>
  createReview(store.db, {
    storyId: SEED_ID,
    article: `${article}\n\nCopy ${++copies}.`,
    source: { publisher: 'Dawn', title: 'Kakar says Kabul took no concrete steps', date: '2023-12-20' },
    drafts: extractStatements(article),
    actor: 'user:editor@example.org',
    ...over,
  })

describe('reviews in the store', () => {
  it('keeps the extractor’s drafts apart from the story, with no stance and the speaker flag', async () => {
    const id = await start()
    const review = (await getReview(store.db, id))!
    expect(review.drafts.length).toBe(extractStatements(article).length)
    expect(review.drafts.every((d) => d.stance === null && !d.reviewed)).toBe(true)
    for (const d of review.drafts) expect(d.text).toBe(review.article.slice(d.start, d.end))
    expect((await readStory(store.db, SEED_ID))!.statements).toHaveLength(7)
    expect((await openReviews(store.db, SEED_ID)).find((r) => r.id === id)).toMatchObject({
      drafts: review.drafts.length,
      reviewed: 0,
    })
  })

  it('saves each change at once, refuses a stale version with the current row, and never a bad camp', async () => {
    const id = await start()
    const [first] = (await getReview(store.db, id))!.drafts
    const after = await updateDraft(store.db, id, first!.id, first!.version, {
      caveats: ['Said in a closed meeting'],
    })
    expect(after.version).toBe(first!.version + 1)
    const stale = updateDraft(store.db, id, first!.id, first!.version, { caveats: [] })
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      status: 409,
      details: { current: { caveats: ['Said in a closed meeting'] } },
    })
    await expect(
      updateDraft(store.db, id, first!.id, after.version, { perspective: 'martians' }),
    ).rejects.toThrow('That camp is not one of this story’s camps.')
  })

  it('refuses "reviewed" without a camp and a stance, saying what is missing, and stores no default', async () => {
    const id = await start()
    const draft = (await getReview(store.db, id))!.drafts.find((d) => d.perspective === null)!
    await expect(markReviewed(store.db, id, draft.id, draft.version, true)).rejects.toThrow(
      'To mark it reviewed, give it a camp and a stance on the question or on another claim.',
    )
    const [row] = await store.db.select().from(reviewDrafts).where(eq(reviewDrafts.id, draft.id))
    expect(row).toMatchObject({ stanceValue: null, stanceLabel: null, reviewed: false })
  })

  it('changes a span only by a selection, keeping the text the article’s own words', async () => {
    const id = await start()
    const [first] = (await getReview(store.db, id))!.drafts
    const from = first!.start + 1
    const changed = await updateDraft(store.db, id, first!.id, first!.version, {
      span: { start: from, end: first!.end },
    })
    expect(changed.text).toBe(article.slice(changed.start, changed.end))
    expect(changed.start).toBeGreaterThanOrEqual(from)
    const added = await addDraft(store.db, id, { start: 0, end: 40 })
    expect(added).toMatchObject({ kind: null, perspective: null, stance: null, speaker: { name: '' } })
    expect(added.text).toBe(article.slice(added.start, added.end))
    expect(added.text).not.toMatch(/^\s|\s$/)
    await removeDraft(store.db, id, added.id, added.version)
    expect((await getReview(store.db, id))!.drafts.some((d) => d.id === added.id)).toBe(false)
    await expect(addDraft(store.db, id, { start: 0, end: 0 })).rejects.toMatchObject({ code: 'invalid' })
  })

  it('saves reviewed drafts into the story in one go, leaving the rest in the review', async () => {
    const id = await start()
    const [a, b] = (await getReview(store.db, id))!.drafts
    for (const d of [a!, b!]) {
      const set = await updateDraft(store.db, id, d.id, d.version, {
        perspective: 'pakistani-officials',
        stance: { value: 'supports', label: 'Blames Kabul' },
      })
      await markReviewed(store.db, id, d.id, set.version, true)
    }
    const before = (await readStory(store.db, SEED_ID))!
    const result = await saveToStory(store.db, id, 'user:editor@example.org')
    expect(result.added).toHaveLength(2)
    const story = (await readStory(store.db, SEED_ID))!
    expect(story.statements).toHaveLength(before.statements.length + 2)
    const source = story.sources.find((s) => s.id === result.sourceId)!
    expect(source).toMatchObject({ publisher: 'Dawn', date: '2023-12-20', url: 'unknown' })
    expect(source.text.startsWith(article)).toBe(true)
    for (const s of story.statements.filter((x) => result.added.includes(x.id))) {
      expect(s.stance).toEqual({ value: 'supports', label: 'Blames Kabul' })
      expect(source.text.slice(s.anchor.start, s.anchor.end)).toBe(s.text)
    }
    const left = (await getReview(store.db, id))!
    expect(left.drafts).toHaveLength(result.left)
    expect(left.sourceId).toBe(result.sourceId)
    await expect(saveToStory(store.db, id, 'user:x')).rejects.toThrow('No statement is marked reviewed yet')
  })

  it('refuses an article the story already has, or one already under review', async () => {
    const same = (copy: number) =>
      createReview(store.db, {
        storyId: SEED_ID,
        article: `${article}\n\nCopy ${copy}.`,
        source: {},
        drafts: [],
        actor: 'user:x',
      })
    // Copy 5 was saved to the story above; copy 1 is still being reviewed.
    await expect(same(5)).rejects.toThrow('This story already has this article')
    await expect(same(1)).rejects.toMatchObject({
      code: 'conflict',
      details: { reviewId: expect.any(String) },
    })
  })

  it('never gives a new draft the id of a removed one, so the removed one can still be brought back', async () => {
    // After the test above, which counts on the copies made before it.
    const id = await start()
    const added = await addDraft(store.db, id, { start: 0, end: 40 })
    await removeDraft(store.db, id, added.id, added.version)
    const next = await addDraft(store.db, id, { start: 0, end: 40 })
    expect(next.id).not.toBe(added.id)
    const back = await restoreDraft(store.db, {
      reviewId: id,
      draftId: added.id,
      actor: 'user:editor@example.org',
    })
    expect(back.id).toBe(added.id)
    const ids = (await getReview(store.db, id))!.drafts.map((d) => d.id)
    expect(ids).toContain(added.id)
    expect(ids).toContain(next.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('starts a new story once, refusing an id already taken', async () => {
    const story = {
      actor: 'user:editor@example.org',
      id: 'new-story',
      title: 'New',
      question: 'It is so.',
      perspectives: [{ id: 'a', label: 'A', definition: 'The A side' }],
    }
    await createStory(store.db, story)
    await expect(createStory(store.db, { ...story, id: SEED_ID })).rejects.toThrow(
      'A story with that short name already exists.',
    )
    expect((await readStory(store.db, SEED_ID))!.perspectives).toHaveLength(3)
  })
})

describe('the size of a review', () => {
  it(`holds at most ${REVIEW_DRAFTS_MAX} drafts: one more added by hand is refused in words`, async () => {
    const sentence = 'He said it. '
    const full = `${sentence.repeat(REVIEW_DRAFTS_MAX + 1)}Copy ${++copies}.`
    const draft = (i: number) => ({
      speaker: 'He',
      role: null,
      kind: 'paraphrase',
      text: 'He said it.',
      start: i * sentence.length,
      end: i * sentence.length + sentence.length - 1,
      attribution: 'said',
      channel: 'firsthand',
      cue: 'said',
    })
    const id = await createReview(store.db, {
      storyId: SEED_ID,
      article: full,
      source: {},
      drafts: Array.from({ length: REVIEW_DRAFTS_MAX }, (_, i) => draft(i)),
      actor: 'user:editor@example.org',
    })
    const last = {
      start: REVIEW_DRAFTS_MAX * sentence.length,
      end: (REVIEW_DRAFTS_MAX + 1) * sentence.length - 1,
    }
    await expect(addDraft(store.db, id, last)).rejects.toMatchObject({
      code: 'invalid',
      message: `This review already holds ${REVIEW_DRAFTS_MAX} drafted statements, the most one review may hold. Save the reviewed ones to the story, or remove wrong drafts, then add this one.`,
    })
    const drafts = (await getReview(store.db, id))!.drafts
    expect(drafts).toHaveLength(REVIEW_DRAFTS_MAX)
    // With one wrong draft removed, the missed one fits.
    await removeDraft(store.db, id, drafts[0]!.id, drafts[0]!.version)
    await addDraft(store.db, id, last)
    expect((await getReview(store.db, id))!.drafts).toHaveLength(REVIEW_DRAFTS_MAX)
  })
})
