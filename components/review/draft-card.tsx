'use client'

import { memo } from 'react'
import type { DraftPatchInput } from './use-review'
import { listInWords, missingForReview, type ReviewDraft } from '@/lib/import/review-draft'
import { CHANNELS, KINDS, STANCES } from '@/lib/story/codebook'
import { CHANNEL_LABELS, KIND_LABELS, STANCE_MEANINGS, STANCE_NAMES } from '@/lib/story/vocabulary'
import { CARD } from '../card'
import { Choice, Rule, SavedDate, SavedText } from './draft-fields'

export interface Camp {
  id: string
  label: string
  definition: string
}

interface DraftCardProps {
  draft: ReviewDraft
  n: number
  camps: readonly Camp[]
  /** The words selected in the article, if any: the only way to change a statement's text. */
  selection: string | null
  message: { text: string; error: boolean } | undefined
  onPatch: (draft: ReviewDraft, patch: DraftPatchInput, refusal?: string) => void
  onUseSelection: (draft: ReviewDraft) => void
  onMark: (draft: ReviewDraft, reviewed: boolean) => void
  onRemove: (draft: ReviewDraft) => void
}

/** One draft, reviewed in place: every choice saved as it is made, with its rule beside it. */
export const DraftCard = memo(function DraftCard(props: DraftCardProps) {
  const { draft, n, camps, selection, message, onPatch, onUseSelection, onMark, onRemove } = props
  const missing = missingForReview(draft)
  const name = (field: string) => `${field}-${draft.id}`
  const headingId = `draft-${draft.id}-heading`
  return (
    <section id={`draft-${draft.id}`} aria-labelledby={headingId} className={`scroll-mt-4 p-4 ${CARD}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          Statement {n}
        </h3>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {draft.reviewed ? 'Reviewed' : 'Not reviewed yet'}
        </p>
        <button
          type="button"
          onClick={() => onRemove(draft)}
          className="rounded border border-zinc-400 px-2 py-0.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Remove statement {n}
        </button>
      </div>
      <blockquote className="mt-2 border-l-4 border-zinc-300 pl-3 text-zinc-900 dark:border-zinc-600 dark:text-zinc-50">
        {draft.kind === 'direct' ? `“${draft.text}”` : draft.text}
      </blockquote>
      <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
        To change the words, select them in the article above, then{' '}
        <button
          type="button"
          disabled={selection === null}
          onClick={() => onUseSelection(draft)}
          className="rounded border border-zinc-400 px-1.5 py-0.5 font-medium disabled:opacity-60"
        >
          Use the selected words for statement {n}
        </button>{' '}
        <Rule section="segmentation">Where a statement begins and ends</Rule>
      </p>
      {draft.speakerUncertain && (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          Speaker uncertain: more than one person in the article fits this mention, so the extractor left the
          speaker as the article writes it. Check who said it.
        </p>
      )}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="space-y-3">
          <SavedText
            label={`Speaker of statement ${n}`}
            value={draft.speaker.name}
            onSave={(value) => onPatch(draft, { speaker: { name: value, role: draft.speaker.role } })}
          />
          <SavedText
            label={`Role of statement ${n}`}
            hint="(the title as the article gives it; empty if none)"
            value={draft.speaker.role ?? ''}
            onSave={(value) => onPatch(draft, { speaker: { name: draft.speaker.name, role: value || null } })}
          />
          <Choice
            legend={`Kind of statement ${n}`}
            name={name('kind')}
            options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={draft.kind}
            onChange={(kind) => onPatch(draft, { kind })}
            rule={<Rule section="kinds">Rule: quote or paraphrase</Rule>}
          />
          <SavedText
            label={`Attribution of statement ${n}`}
            hint="(how the article knows: “said at a press conference”)"
            value={draft.attribution}
            onSave={(value) => onPatch(draft, { attribution: value })}
          />
          <SavedDate
            label={`Date the statement was made, if the source gives one, statement ${n}`}
            clearLabel={`Clear the date of statement ${n}`}
            value={draft.date}
            cue={draft.dateCue}
            onSave={(value) => onPatch(draft, { date: value || null })}
          />
          <Choice
            legend={`First-hand or secondhand, statement ${n}`}
            name={name('channel')}
            options={CHANNELS.map((c) => ({
              value: c,
              label: CHANNEL_LABELS[c],
              description:
                c === 'secondhand'
                  ? 'the article knows it through another outlet'
                  : 'the article heard it itself',
            }))}
            value={draft.channel}
            onChange={(channel) => onPatch(draft, { channel })}
            rule={<Rule section="attribution">Rule: attribution</Rule>}
          />
          <SavedText
            label={`Caveats of statement ${n}`}
            hint="(one per line)"
            multiline
            value={draft.caveats.join('\n')}
            onSave={(value) => onPatch(draft, { caveats: value.split('\n').filter((c) => c.trim() !== '') })}
          />
          <Rule section="caveats">Rule: caveats</Rule>
        </div>
        <div className="space-y-3">
          <Choice
            legend={`Camp of statement ${n}`}
            name={name('camp')}
            options={camps.map((c) => ({ value: c.id, label: c.label, description: c.definition }))}
            value={draft.perspective}
            onChange={(perspective) => onPatch(draft, { perspective })}
            rule={<Rule section="story">Rule: camps</Rule>}
          />
          <Choice
            legend={`Stance of statement ${n}`}
            name={name('stance')}
            options={STANCES.map((s) => ({
              value: s,
              label: STANCE_NAMES[s],
              description: STANCE_MEANINGS[s],
            }))}
            value={draft.stance?.value ?? null}
            onChange={(value) => onPatch(draft, { stance: { value, label: draft.stance?.label ?? '' } })}
            rule={<Rule section="stance">Rule: the stance scale</Rule>}
          />
          <SavedText
            label={`Stance label of statement ${n}`}
            hint="(a few words: what this statement says on the question)"
            value={draft.stance?.label ?? ''}
            onSave={(label) =>
              draft.stance
                ? onPatch(draft, { stance: { value: draft.stance.value, label } })
                : onPatch(draft, {}, 'Choose a stance first, then give it a label.')
            }
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {draft.reviewed ? (
          <button
            type="button"
            onClick={() => onMark(draft, false)}
            className="rounded border border-zinc-500 px-3 py-1 text-sm font-medium"
          >
            Unmark statement {n}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => onMark(draft, true)}
            className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800"
          >
            Mark statement {n} reviewed
          </button>
        )}
        {!draft.reviewed && missing.length > 0 && (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">Still needed: {listInWords(missing)}.</p>
        )}
      </div>
      <p role="status" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {message && !message.error ? message.text : ''}
      </p>
      {message?.error && (
        <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-200">
          {message.text}
        </p>
      )}
    </section>
  )
})
