import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Store } from '../../store/db'
import { entityHistory } from '../../store/history'
import { reviewDrafts } from '../../store/review-tables'
import { getReview } from '../../store/reviews'
import { draftKey } from '../drafts/rows'
import { importStoryText } from '../stories/import'
import { createReviewAs, markReviewedAs, storeForFile, updateDraftAs } from '../testing'

/**
 * Camps suggested from the speakers' record, end to end in the store: a record in this
 * story, in another story (only into a camp of the same label), and in two camps.
 */

type Said = { speaker: string; camp: string; words: string }

/** A small story file whose one source holds each statement's words. */
function storyFile(
  id: string,
  title: string,
  camps: { id: string; label: string; match?: string[] }[],
  said: Said[],
) {
  const text = said.map((s) => `“${s.words},” said ${s.speaker}.`).join('\n')
  return JSON.stringify({
    id,
    title,
    question: 'The border crossing should reopen.',
    perspectives: camps.map((c) => ({ ...c, definition: `${c.label}, for the test` })),
    sources: [
      { id: 'wire', publisher: 'Test Wire', title: 'Day one', date: '2025-01-02', url: 'unknown', text },
    ],
    events: [],
    statements: said.map((s, i) => ({
      id: `s${i + 1}`,
      perspective: s.camp,
      speaker: { name: s.speaker, role: null },
      text: s.words,
      kind: 'direct',
      attribution: 'said to reporters',
      channel: 'firsthand',
      stance: { value: 'supports', label: 'Wants it open' },
      source: 'wire',
      caveats: [],
    })),
  })
}

const HERE = 'border-talks'
const CAMPS = [
  // The officials' match word is in the Taliban minister's title: it must preset nothing.
  { id: 'officials', label: 'Pakistani officials', match: ['Minister'] },
  { id: 'taliban', label: 'The Taliban' },
  { id: 'analysts', label: 'Analysts' },
]

let store: Store
storeForFile((s) => (store = s))

const ARTICLE = [
  'Foreign Minister Amir Khan Muttaqi said the crossing would reopen on Monday.',
  'Spokesman Zabihullah Mujahid said trade must not be held hostage.',
  'Jan Achakzai said the talks had stalled.',
  'Imtiaz Gul said both sides had lost money.',
  'Minister Hafiz Zia said nothing was agreed.',
].join('\n')

/** A draft as the extractor gives one: a sentence's words after "said". */
function drafted(speaker: string, role: string | null) {
  const line = ARTICLE.split('\n').find((l) => l.includes(speaker))!
  const start = ARTICLE.indexOf(line) + line.indexOf(' said ') + ' said '.length
  const end = ARTICLE.indexOf(line) + line.length - 1
  return {
    speaker,
    role,
    kind: 'paraphrase',
    text: ARTICLE.slice(start, end),
    start,
    end,
    attribution: 'said',
    channel: 'firsthand',
    cue: 'said',
  }
}

async function startReview() {
  await importStoryText(
    store.db,
    'here.json',
    storyFile(HERE, 'Border talks', CAMPS, [
      { speaker: 'Amir Khan Muttaqi', camp: 'taliban', words: 'The crossing will reopen' },
      { speaker: 'Mawlawi Amir Khan Muttaqi', camp: 'taliban', words: 'Trade will resume' },
      { speaker: 'Jan Achakzai', camp: 'officials', words: 'No talks while attacks go on' },
      { speaker: 'Jan Achakzai', camp: 'analysts', words: 'Both sides lose' },
    ]),
    { actor: 'seed' },
  )
  await importStoryText(
    store.db,
    'elsewhere.json',
    storyFile(
      'kabul-2024',
      'Kabul talks',
      [
        { id: 'ie', label: 'the Taliban' },
        { id: 'fo', label: 'Foreign Office' },
        // A camp of this story's label, but with no record of the speakers asked about.
        { id: 'pk', label: 'Pakistani officials' },
      ],
      [
        { speaker: 'Zabihullah Mujahid', camp: 'ie', words: 'Kabul wants trade' },
        { speaker: 'Zabihullah Mujahid', camp: 'ie', words: 'Pakistan should look inward' },
        // No camp of this story is labelled "Foreign Office": nothing for him here.
        { speaker: 'Imtiaz Gul', camp: 'fo', words: 'Talks must go on' },
        // In this story his record is in two camps; another story's record does not count.
        { speaker: 'Jan Achakzai', camp: 'pk', words: 'Kabul was warned' },
      ],
    ),
    { actor: 'seed' },
  )
  return createReviewAs(store.db, {
    storyId: HERE,
    actor: 'user:editor@example.org',
    article: ARTICLE,
    source: { publisher: 'Test Wire', title: 'Crossing to reopen', date: '2025-02-03' },
    drafts: [
      drafted('Amir Khan Muttaqi', 'Foreign Minister'),
      drafted('Zabihullah Mujahid', 'Spokesman'),
      drafted('Jan Achakzai', null),
      drafted('Imtiaz Gul', null),
      drafted('Hafiz Zia', 'Minister'),
    ],
  })
}

let reviewId = ''
const draftOf = async (speaker: string) =>
  (await getReview(store.db, reviewId))!.drafts.find((d) => d.speaker.name === speaker)!

describe('camps suggested from the speaker’s record', () => {
  it('presets the record’s camp as a suggestion, naming another story; nothing else, never a stance', async () => {
    reviewId = await startReview()
    const review = (await getReview(store.db, reviewId))!
    expect(
      review.drafts.map((d) => [
        d.speaker.name,
        d.perspective,
        d.campSuggestion ?? null,
        d.stance,
        d.reviewed,
      ]),
    ).toEqual([
      [
        'Amir Khan Muttaqi',
        'taliban',
        { perspective: 'taliban', from: 'this story', statements: 2 },
        null,
        false,
      ],
      [
        'Zabihullah Mujahid',
        'taliban',
        { perspective: 'taliban', from: { storyId: 'kabul-2024', storyTitle: 'Kabul talks' }, statements: 2 },
        null,
        false,
      ],
      ['Jan Achakzai', null, null, null, false],
      ['Imtiaz Gul', null, null, null, false],
      ['Hafiz Zia', null, null, null, false],
    ])
  })

  it('never counts a draft reviewed on a suggestion: refused until the editor confirms the camp', async () => {
    let muttaqi = await draftOf('Amir Khan Muttaqi')
    muttaqi = await updateDraftAs(store.db, reviewId, muttaqi.id, muttaqi.version, {
      stance: { value: 'supports', label: 'Says it will reopen' },
    })
    expect(muttaqi.campSuggestion).toBeDefined()
    await expect(markReviewedAs(store.db, reviewId, muttaqi.id, muttaqi.version, true)).rejects.toThrow(
      'To mark it reviewed, give it a camp you have confirmed (the suggested one or another).',
    )
    // Nor can a write around the command store it: the table refuses it.
    await expect(
      store.db
        .update(reviewDrafts)
        .set({ reviewed: true })
        .where(and(eq(reviewDrafts.reviewId, reviewId), eq(reviewDrafts.id, muttaqi.id))),
    ).rejects.toThrow()
    expect((await draftOf('Amir Khan Muttaqi')).reviewed).toBe(false)

    // Confirming is giving the suggested camp: recorded in the draft's history as the editor's.
    const confirmed = await updateDraftAs(store.db, reviewId, muttaqi.id, muttaqi.version, {
      perspective: 'taliban',
    })
    expect([confirmed.perspective, confirmed.campSuggestion]).toEqual(['taliban', undefined])
    const [last] = await entityHistory(store.db, HERE, 'draft', draftKey(reviewId, muttaqi.id))
    expect(last).toMatchObject({
      action: 'update',
      actor: 'user:editor@example.org',
      before: { perspective: 'taliban', campSuggestion: { from: 'this story' } },
      after: { perspective: 'taliban' },
    })
    expect((last!.after as Record<string, unknown>).campSuggestion).toBeUndefined()
    const marked = await markReviewedAs(store.db, reviewId, confirmed.id, confirmed.version, true)
    expect(marked.reviewed).toBe(true)
  })

  it('another camp chosen ends the suggestion too', async () => {
    const mujahid = await draftOf('Zabihullah Mujahid')
    const moved = await updateDraftAs(store.db, reviewId, mujahid.id, mujahid.version, {
      perspective: 'analysts',
    })
    expect([moved.perspective, moved.campSuggestion]).toEqual(['analysts', undefined])
    const [{ open }] = (await store.db
      .select({ open: sql<number>`count(*)::int` })
      .from(reviewDrafts)
      .where(and(eq(reviewDrafts.reviewId, reviewId), sql`${reviewDrafts.campSuggestion} is not null`))) as [
      { open: number },
    ]
    expect(open).toBe(0)
  })
})
