'use client'

import Link from 'next/link'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimChoice } from '@/components/coding-fields/claim-stances'
import type { Camp } from '@/components/coding-fields/coded-fields'
import { draftNames } from '@/lib/import/draft-name'
import type { ReviewDraft } from '@/lib/import/review-draft'
import { boxOffsets, boxSelection } from '@/lib/view/text-offsets'
import { CARD } from '../card'
import { HighlightedArticle } from '../import/highlighted-article'
import type { ReviewNonResponse } from '@/lib/import/review-draft'
import { AddClaim } from '@/components/coding-fields/add-claim'
import { DraftCard } from './draft-card'
import { FinishCoding } from './finish-coding'
import { NonResponses } from './non-responses'
import { UndoRemove, type Removed } from './undo-remove'
import { useLeaveWarning, useReview } from './use-review'

const LEAVE =
  'Some changes to the drafts are not saved yet. Leave this page anyway? What is not saved will be lost.'

interface ReviewWorkbenchProps {
  storyId: string
  reviewId: string
  article: string
  camps: Camp[]
  /** The story's further claims, and the store's others to pick from. */
  claims: ClaimChoice[]
  shared: ClaimChoice[]
  /** The story's question, as its main claim. */
  mainClaim: ClaimChoice
  /** The article's date as readers see it: a non-response's "as of" when none is given. */
  articleDate: string
  nonResponses: ReviewNonResponse[]
  drafts: ReviewDraft[]
  /** A blind coder's review: it is marked done, never saved to the story alone. */
  blind?: boolean
  /**
   * The blind coding's own claims the drafts may take stances on: the coder's, in their
   * review; on a settlement, the coders' not settled yet (named so).
   */
  privateClaims?: ClaimChoice[]
}

/** The review of one article: the marked text, a selection box, and each draft in place. */
export function ReviewWorkbench({
  storyId,
  reviewId,
  article,
  camps,
  claims: initialClaims,
  shared: initialShared,
  mainClaim,
  articleDate,
  nonResponses: initialNonResponses,
  drafts: initial,
  blind = false,
  privateClaims = [],
}: ReviewWorkbenchProps) {
  const [silent, setSilent] = useState({
    list: initialNonResponses,
    count: initialNonResponses.length,
    key: 0,
  })
  const [claims, setClaims] = useState(initialClaims)
  const [shared, setShared] = useState(initialShared)
  const [own, setOwn] = useState(privateClaims)
  const cardClaims = useMemo(() => [...claims, ...own], [claims, own])

  const review = useReview(reviewId, initial)
  const queues = review.list
  const drafts = queues.map((q) => q.saved)
  useLeaveWarning(review.unsaved, LEAVE)
  const shown = useMemo(() => boxOffsets(article).shown, [article])
  const box = useRef<HTMLTextAreaElement>(null)
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null)
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  const [addNotice, setAddNotice] = useState<{ text: string; error: boolean } | null>(null)
  const [saved, setSaved] = useState<{ added: number; nonResponses: number; left: number } | null>(null)
  const [removed, setRemoved] = useState<Removed | null>(null)
  const selected = selection ? article.slice(selection.start, selection.end) : null

  const onSelect = (e: React.SyntheticEvent<HTMLTextAreaElement>) => {
    setSelection(boxSelection(article, e.currentTarget.selectionStart, e.currentTarget.selectionEnd))
  }

  // The box is not `readOnly`: Chromium gives a read-only text box no caret, so Shift and
  // the arrow keys select nothing in it. It refuses every edit instead (typing, deleting,
  // pasting, dropping, cutting, undo); React puts its value back should one slip through.
  useEffect(() => {
    const element = box.current
    if (!element) return
    const refuse = (event: Event) => event.preventDefault()
    element.addEventListener('beforeinput', refuse)
    return () => element.removeEventListener('beforeinput', refuse)
  }, [])

  async function addSelection() {
    if (!selection) return
    const result = await review.add(selection)
    if (result.error) setAddNotice({ text: result.error, error: true })
    else {
      setAddNotice({ text: 'Added a statement from the selected words. Review it below.', error: false })
      document.getElementById(`draft-${result.draft!.id}`)?.scrollIntoView({ block: 'start' })
    }
  }

  async function save() {
    setNotice({ text: 'Saving to the story…', error: false })
    const answer = await review.saveToStory()
    if (!answer.ok) return setNotice({ text: answer.error, error: true })
    setSaved({ added: answer.added, nonResponses: answer.nonResponses, left: answer.left })
    // The non-responses are the story's now: the review's list starts again, empty.
    if (answer.nonResponses > 0) setSilent((s) => ({ list: [], count: 0, key: s.key + 1 }))
    setNotice(null)
  }

  const reviewed = drafts.filter((d) => d.reviewed).length
  const nameKey = drafts.map((d) => `${d.id}:${d.start}:${d.speaker.name}:${d.text}`).join('|')
  // Names change only with a speaker, a text or the set of drafts, not with each keystroke.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const names = useMemo(() => draftNames(drafts), [nameKey])
  const onRemoved = (id: string, name: string) => setRemoved({ id, name })
  const spanKey = drafts.map((d) => `${d.id}:${d.start}:${d.end}:${d.kind}`).join('|')
  const spans = useMemo(
    () => drafts.map((d) => ({ id: d.id, start: d.start, end: d.end, kind: d.kind })),
    // The marks change only when a draft's span or kind does, not with every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [spanKey],
  )

  return (
    <div className="space-y-6">
      <section aria-labelledby="article-heading" className={`p-4 ${CARD}`}>
        <h2 id="article-heading" className="text-lg font-semibold">
          The article
        </h2>
        <div className="mt-2 grid gap-4 lg:grid-cols-2">
          <HighlightedArticle text={article} spans={spans} onSelectText={setSelection} />
          <div>
            <label htmlFor="select-words" className="block font-medium">
              Or select them here with the keyboard
            </label>
            <p id="select-words-hint" className="text-xs text-zinc-700 dark:text-zinc-300">
              A statement’s text is always the article’s own words, chosen by selecting them: drag over them
              in the marked article, or in this box move with the arrow keys while holding Shift.
            </p>
            <textarea
              ref={box}
              id="select-words"
              aria-describedby="select-words-hint"
              aria-readonly="true"
              inputMode="none"
              value={shown}
              onChange={() => {}}
              onSelect={onSelect}
              spellCheck={false}
              className="mt-1 block h-[18rem] w-full rounded border border-zinc-400 bg-white p-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50"
            />
            <p className="mt-1 text-sm" aria-live="polite">
              {selected
                ? `Selected: “${selected.length > 160 ? `${selected.slice(0, 160)}…` : selected}”`
                : 'Nothing selected.'}
            </p>
            <button
              type="button"
              disabled={!selection}
              onClick={() => void addSelection()}
              className="mt-1 rounded border border-zinc-500 px-3 py-1 text-sm font-medium disabled:opacity-60"
            >
              Add the selected words as a new statement
            </button>
            {addNotice && (
              <p role={addNotice.error ? 'alert' : 'status'} className="mt-1 text-sm">
                {addNotice.text}
              </p>
            )}
            <NonResponses
              key={silent.key}
              reviewId={reviewId}
              selection={selection}
              camps={camps}
              claims={[mainClaim, ...claims, ...own]}
              articleDate={articleDate}
              initial={silent.list}
              onChange={(count) => setSilent((s) => ({ ...s, count }))}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="drafts-heading" className="space-y-4">
        <h2 id="drafts-heading" className="text-lg font-semibold">
          Drafted statements: {drafts.length}, {reviewed} reviewed
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Every change is saved as you make it. A statement goes into the story only when it is marked
          reviewed and you save to the story; the others stay here. See{' '}
          <Link href="/codebook" className="text-blue-700 underline dark:text-blue-300">
            how statements are coded
          </Link>
          .
        </p>
        <div className={`p-4 ${CARD}`}>
          {/* One for the page: a claim added here is offered on every card at once. In a
              blind coding it is the coder's own: the story's claims are seen by everyone. */}
          <AddClaim
            storyId={storyId}
            shared={shared}
            privateTo={blind ? reviewId : undefined}
            onAdded={(next, added) => {
              if (blind) return setOwn(next)
              setClaims(next)
              setShared((list) => list.filter((claim) => claim.id !== added.id))
            }}
          />
        </div>
        <UndoRemove review={review} removed={removed} onDone={() => setRemoved(null)} />
        {queues.map((queue) => (
          <DraftCard
            key={queue.saved.id}
            review={review}
            queue={queue}
            revision={queue.revision}
            name={names.get(queue.saved.id)!}
            camps={camps}
            claims={cardClaims}
            selection={selection}
            onRemoved={onRemoved}
          />
        ))}
      </section>

      {blind ? (
        <FinishCoding
          reviewId={reviewId}
          total={drafts.length}
          reviewed={reviewed}
          unsaved={review.unsaved}
        />
      ) : (
        <section aria-labelledby="save-heading" className={`p-4 ${CARD}`}>
          <h2 id="save-heading" className="text-lg font-semibold">
            Save to the story
          </h2>
          <p className="mt-1 text-sm">
            {reviewed === 0
              ? 'No statement is marked reviewed yet.'
              : `${reviewed} reviewed statement${reviewed === 1 ? '' : 's'} will go into the story, with this article as a new source. Statements not reviewed stay in this review.`}
            {silent.count > 0
              ? ` ${silent.count} non-response${silent.count === 1 ? '' : 's'} will go into the story too.`
              : ''}
          </p>
          <button
            type="button"
            onClick={() => void save()}
            className="mt-2 rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800"
          >
            Save to story
          </button>
          {saved && (
            <p role="status" className="mt-2 text-sm">
              Saved {saved.added} statement{saved.added === 1 ? '' : 's'}
              {saved.nonResponses > 0
                ? ` and ${saved.nonResponses} non-response${saved.nonResponses === 1 ? '' : 's'}`
                : ''}{' '}
              to the story.{' '}
              {saved.left > 0
                ? `${saved.left} not reviewed stay${saved.left === 1 ? 's' : ''} in this review. `
                : 'This review is finished. '}
              <Link href={`/stories/${storyId}`} className="text-blue-700 underline dark:text-blue-300">
                Open the story
              </Link>
            </p>
          )}
          {notice && (
            <p
              role={notice.error ? 'alert' : 'status'}
              className={`mt-2 text-sm ${notice.error ? 'text-red-800 dark:text-red-200' : ''}`}
            >
              {notice.text}
            </p>
          )}
        </section>
      )}
    </div>
  )
}
