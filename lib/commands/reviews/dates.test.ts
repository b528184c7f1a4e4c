import { describe, expect, it } from 'vitest'
import { extractStatements } from '../../extract/extract'
import type { Store } from '../../store/db'
import { entityHistory } from '../../store/history'
import { readStory, toStoryFile } from '../../store/read'
import { getReview } from '../../store/reviews'
import {
  createReviewAs as createReview,
  markReviewedAs as markReviewed,
  SEED_ID,
  seededStore,
  storeForFile,
  updateDraftAs as updateDraft,
} from '../testing'
import { saveToStory } from './save'

/**
 * A statement's own date in review: suggested from the article's words when it is added,
 * shown as a suggestion the editor can change or clear, checked like any edit, and
 * carried into the story by "Save to story".
 */

const ARTICLE = [
  '“We will not hand anyone over to Pakistan,” Zabihullah Mujahid, the Taliban’s chief spokesman, said on Monday.',
  'Pakistan’s foreign ministry said in a statement on 28 February that the talks had stalled.',
  '“The attacks come from Afghan soil,” Mumtaz Zahra Baloch, a foreign ministry spokeswoman, told reporters.',
].join('\n\n')

let store: Store
storeForFile((s) => (store = s), seededStore)

let copies = 0
const start = async (date?: string) => {
  const article = `${ARTICLE}\n\nCopy ${++copies}.`
  const id = await createReview(store.db, {
    storyId: SEED_ID,
    article,
    source: { publisher: 'Example Wire', title: `Fictional test article ${copies}`, date },
    drafts: extractStatements(article),
    actor: 'user:editor@example.org',
  })
  const drafts = (await getReview(store.db, id))!.drafts
  const by = (words: string) => drafts.find((d) => d.text.startsWith(words))!
  return {
    id,
    mujahid: by('We will not hand'),
    ministry: by('the talks had stalled'),
    baloch: by('The attacks'),
  }
}

describe('a statement’s date in review', () => {
  it('is suggested from the words around it, relative to the article’s date, and not reviewed', async () => {
    // 2024-03-06 is a Wednesday: "on Monday" is 4 March.
    const { mujahid, ministry, baloch } = await start('2024-03-06')
    expect(mujahid).toMatchObject({ date: '2024-03-04', dateCue: 'on Monday', reviewed: false })
    expect(ministry).toMatchObject({ date: '2024-02-28', dateCue: 'on 28 February', reviewed: false })
    expect(baloch).toMatchObject({ date: null, dateCue: null })
  })

  it('is not suggested when the article has no date', async () => {
    const { mujahid, ministry } = await start()
    expect(mujahid).toMatchObject({ date: null, dateCue: null })
    expect(ministry).toMatchObject({ date: null, dateCue: null })
  })

  it('is changed or cleared by the editor, checked, and version-checked', async () => {
    const { id, mujahid } = await start('2024-03-06')
    const bad = updateDraft(store.db, id, mujahid.id, mujahid.version, { date: '2024-02-30' })
    await expect(bad).rejects.toMatchObject({ code: 'invalid', details: { field: 'date' } })
    await expect(bad).rejects.toThrow(/^The date the statement was made must be a real day/)
    const set = await updateDraft(store.db, id, mujahid.id, mujahid.version, { date: '2024-03-03' })
    // The editor's own date: no longer a suggestion.
    expect(set).toMatchObject({ date: '2024-03-03', dateCue: null })
    await expect(updateDraft(store.db, id, mujahid.id, mujahid.version, { date: '' })).rejects.toMatchObject({
      code: 'conflict',
    })
    const cleared = await updateDraft(store.db, id, mujahid.id, set.version, { date: '' })
    expect(cleared).toMatchObject({ date: null, dateCue: null })
    // Other changes leave a suggestion as it is.
    const { id: other, ministry } = await start('2024-03-06')
    const edited = await updateDraft(store.db, other, ministry.id, ministry.version, { caveats: ['x'] })
    expect(edited).toMatchObject({ date: '2024-02-28', dateCue: 'on 28 February' })
  })

  it('goes into the story with the statement, and into its history', async () => {
    const { id, mujahid, baloch } = await start('2024-03-06')
    for (const d of [mujahid, baloch]) {
      const set = await updateDraft(store.db, id, d.id, d.version, {
        perspective: 'taliban',
        stance: { value: 'rejects', label: 'Refuses' },
      })
      await markReviewed(store.db, id, d.id, set.version, true)
    }
    const result = await saveToStory(store.db, id, 'user:editor@example.org')
    const story = toStoryFile((await readStory(store.db, SEED_ID))!)
    const saved = story.statements.filter((s) => result.added.includes(s.id))
    expect(saved.find((s) => s.text.startsWith('We will not hand'))!.date).toBe('2024-03-04')
    expect(saved.find((s) => s.text.startsWith('The attacks'))!.date).toBeUndefined()
    const mujahidId = saved.find((s) => s.text.startsWith('We will not hand'))!.id
    const [created] = await entityHistory(store.db, SEED_ID, 'statement', mujahidId)
    expect(created).toMatchObject({ action: 'save', after: { date: '2024-03-04' } })
  })
})
