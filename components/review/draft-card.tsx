'use client'

import { memo, useState } from 'react'
import { ClaimStances, type ClaimChoice } from '@/components/coding-fields/claim-stances'
import { CodedFields, type Camp } from '@/components/coding-fields/coded-fields'
import { Rule } from '@/components/coding-fields/fields'
import type { CodedKey, CodedValues } from '@/lib/edits/form'
import type { SaveQueue } from '@/lib/edits/save-queue'
import { tooShortToTrust } from '@/lib/import/draft-name'
import { listInWords, missingForReview, type DraftStance, type ReviewDraft } from '@/lib/import/review-draft'
import type { Channel, Kind, Stance } from '@/lib/story/codebook'
import { CARD } from '../card'
import { CampSuggestionNote, campsWithSuggestion } from './camp-suggestion-note'
import type { ReviewDrafts } from './use-review'

const TEXT_KEYS = new Set<CodedKey>(['speakerName', 'speakerRole', 'attribution', 'stanceLabel', 'caveats'])

/** The draft as the card shows it: the editor's values on top of the saved ones. */
function onScreen(queue: SaveQueue<ReviewDraft>): { values: CodedValues; draft: ReviewDraft } {
  const get = (key: CodedKey) => queue.value(key) as string
  const values = Object.fromEntries(
    (
      [
        'perspective',
        'speakerName',
        'speakerRole',
        'kind',
        'attribution',
        'channel',
        'stanceValue',
        'stanceLabel',
        'caveats',
        'date',
      ] as const
    ).map((key) => [key, get(key)]),
  ) as unknown as CodedValues
  const { campSuggestion, ...saved } = queue.saved
  const draft: ReviewDraft = {
    ...saved,
    // Another camp chosen, or the suggestion confirmed: no longer a suggestion.
    ...(campSuggestion &&
    values.perspective === campSuggestion.perspective &&
    queue.value('confirmCamp') !== true
      ? { campSuggestion }
      : {}),
    speaker: { name: values.speakerName, role: values.speakerRole || null },
    perspective: values.perspective || null,
    kind: (values.kind || null) as Kind | null,
    channel: (values.channel || null) as Channel | null,
    attribution: values.attribution,
    stance: values.stanceValue ? { value: values.stanceValue as Stance, label: values.stanceLabel } : null,
    stances: queue.value('stances') as DraftStance[],
  }
  return { values, draft }
}

const STATUS = {
  idle: '',
  editing: 'Not saved yet.',
  saving: 'Saving…',
  failed: '',
  saved: 'Saved.',
} as const

/** The same claims with the same stances: only a label differs (typed, saved on a pause). */
const sameChoices = (a: readonly DraftStance[], b: readonly DraftStance[]) =>
  a.length === b.length && a.every((s, i) => s.claim === b[i]!.claim && s.value === b[i]!.value)

/**
 * One draft, reviewed in place: every choice saved as it is made, with its rule beside it.
 * Drawn again only when its own queue changes (`revision`), not for another card's edit.
 */
export const DraftCard = memo(function DraftCard({
  review,
  queue,
  name,
  camps,
  claims,
  selection,
  onRemoved,
}: {
  /** The story's further claims (the question is the card's own stance). */
  claims: readonly ClaimChoice[]
  review: ReviewDrafts
  queue: SaveQueue<ReviewDraft>
  revision: number
  /** The card's name: its speaker and first words (lib/import/draft-name). */
  name: string
  camps: readonly Camp[]
  /** The words selected in the article, if any: the only way to change a statement's text. */
  selection: { start: number; end: number } | null
  /** Told once the removal is saved, to offer Undo. */
  onRemoved: (id: string, name: string) => void
}) {
  const saved = queue.saved
  const { values, draft } = onScreen(queue)
  const missing = missingForReview(draft)
  const headingId = `draft-${saved.id}-heading`
  const errorId = `draft-${saved.id}-error`
  const [refusal, setRefusal] = useState<string | null>(null)
  const [asking, setAsking] = useState(false)
  const state = queue.state
  const status = state === 'saved' ? (review.notes.get(saved.id) ?? 'Saved.') : STATUS[state]
  const problem = queue.failure ?? refusal
  return (
    <section
      id={`draft-${saved.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={`scroll-mt-4 p-4 ${CARD}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {name}
        </h3>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {saved.reviewed ? 'Reviewed' : 'Not reviewed yet'}
        </p>
        <button
          type="button"
          aria-label={`Remove ${name}`}
          onClick={() =>
            void review.remove(saved.id).then((refused) => {
              if (refused) setRefusal(refused)
              else onRemoved(saved.id, name)
            })
          }
          className="rounded border border-zinc-400 px-2 py-0.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Remove
        </button>
      </div>
      <blockquote className="mt-2 border-l-4 border-zinc-300 pl-3 text-zinc-900 dark:border-zinc-600 dark:text-zinc-50">
        {draft.kind === 'direct' ? `“${saved.text}”` : saved.text}
      </blockquote>
      <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
        To change the words, select them in the article above, then{' '}
        <button
          type="button"
          disabled={selection === null}
          onClick={() => selection && review.set(saved.id, 'span', selection)}
          className="rounded border border-zinc-400 px-1.5 py-0.5 font-medium disabled:opacity-60"
        >
          Use the selected words for {name}
        </button>{' '}
        <Rule section="segmentation">Where a statement begins and ends</Rule>
      </p>
      {saved.speakerUncertain && (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          Speaker uncertain: more than one person in the article fits this mention, so the extractor left the
          speaker as the article writes it. Check who said it.
        </p>
      )}
      {draft.campSuggestion && (
        <CampSuggestionNote
          suggestion={draft.campSuggestion}
          camps={camps}
          subject={name}
          onConfirm={() => review.set(saved.id, 'confirmCamp', true)}
        />
      )}
      <div className="mt-3">
        <CodedFields
          values={values}
          camps={campsWithSuggestion(camps, draft.campSuggestion)}
          subject={name}
          idPrefix={`d-${saved.id}`}
          dateHelp={
            saved.dateCue
              ? `Suggested from the article’s words “${saved.dateCue}”: check it against the article, change it or clear it.`
              : '“Said on Monday”, “in a statement on 4 March”. Empty: the source’s date stands for it.'
          }
          onEdit={(key, value) => review.edit(saved.id, key, value, { pause: TEXT_KEYS.has(key) })}
          onCommit={(key) => review.commit(saved.id, key)}
        />
      </div>
      <div className="mt-3">
        <ClaimStances
          claims={claims}
          stances={draft.stances}
          idPrefix={`d-${saved.id}`}
          subject={name}
          onChange={(changed) => {
            const next = changed as DraftStance[]
            // A claim or stance chosen is saved at once; a label as it is typed, on a pause.
            if (sameChoices(next, draft.stances)) review.edit(saved.id, 'stances', next, { pause: true })
            else review.set(saved.id, 'stances', next)
          }}
          onCommit={() => review.commit(saved.id, 'stances')}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => {
            if (!saved.reviewed && tooShortToTrust(saved.text)) setAsking(true)
            else review.set(saved.id, 'reviewed', !saved.reviewed)
          }}
          className={
            saved.reviewed
              ? 'rounded border border-zinc-500 px-3 py-1 text-sm font-medium'
              : 'rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800'
          }
        >
          {saved.reviewed ? `Unmark ${name}` : `Mark ${name} reviewed`}
        </button>
        {asking && (
          <div
            role="alertdialog"
            aria-labelledby={`${headingId}-short`}
            className="flex flex-wrap items-center gap-2"
          >
            <p id={`${headingId}-short`} className="text-sm font-medium">
              This statement is shorter than two words. Mark it reviewed anyway?
            </p>
            <button
              type="button"
              autoFocus
              onClick={() => {
                setAsking(false)
                review.set(saved.id, 'reviewed', true)
              }}
              className="rounded border border-zinc-500 px-2 py-0.5 text-sm font-medium"
            >
              Yes, mark it reviewed
            </button>
            <button
              type="button"
              onClick={() => setAsking(false)}
              className="rounded border border-zinc-500 px-2 py-0.5 text-sm font-medium"
            >
              No
            </button>
          </div>
        )}
        {!saved.reviewed && missing.length > 0 && (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Still needed: {listInWords(missing)}.</p>
        )}
      </div>
      <p role="status" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {problem ? '' : status}
      </p>
      {problem && (
        <div id={errorId} className="mt-1 flex flex-wrap items-center gap-2">
          <p role="alert" className="text-sm text-red-800 dark:text-red-200">
            {problem}
          </p>
          {queue.unsaved && (
            <button
              type="button"
              onClick={() => {
                setRefusal(null)
                review.retry(saved.id)
              }}
              className="rounded border border-zinc-500 px-2 py-0.5 text-sm font-medium"
            >
              Try again to save {name}
            </button>
          )}
        </div>
      )}
    </section>
  )
})
