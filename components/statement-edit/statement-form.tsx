'use client'

import type { StatementForm } from '@/lib/edits/form'
import { CHANNELS, KINDS, STANCES } from '@/lib/story/codebook'
import { CHANNEL_LABELS, KIND_LABELS, STANCE_MEANINGS, STANCE_NAMES } from '@/lib/story/vocabulary'
import type { Camp } from './edit-api'
import { FIELD, LABEL } from './modal'
import { SpanPicker } from './span-picker'

export interface FieldError {
  field: string
  message: string
}

/**
 * The fields of one statement, each labelled, with the codebook's choices: the camp with
 * its definition, the stance with what it means. A refused save marks its field.
 */
export function StatementFields({
  form,
  camps,
  source,
  error,
  onChange,
}: {
  form: StatementForm
  camps: Camp[]
  source: { text: string; label: string } | null
  error: FieldError | null
  onChange: (next: StatementForm) => void
}) {
  const set = (patch: Partial<StatementForm>) => onChange({ ...form, ...patch })
  const invalid = (...fields: string[]) =>
    error && fields.some((f) => error.field.startsWith(f)) ? true : undefined
  const describedBy = (...fields: string[]) => (invalid(...fields) ? 'edit-error' : undefined)
  const input = (name: keyof StatementForm, field: string, label: string, help?: string) => (
    <div>
      <label htmlFor={`edit-${name}`} className={LABEL}>
        {label}
      </label>
      {help ? <p className="text-xs text-zinc-700 dark:text-zinc-300">{help}</p> : null}
      <input
        id={`edit-${name}`}
        value={form[name] as string}
        onChange={(event) => set({ [name]: event.target.value })}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
        className={FIELD}
      />
    </div>
  )
  return (
    <div className="space-y-4">
      <fieldset aria-describedby={describedBy('perspective')}>
        <legend className={LABEL}>Camp</legend>
        <div className="mt-1 space-y-1">
          {camps.map((camp) => (
            <label key={camp.id} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="edit-camp"
                value={camp.id}
                checked={form.perspective === camp.id}
                onChange={() => set({ perspective: camp.id })}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{camp.label}</span>
                <span className="text-zinc-700 dark:text-zinc-300"> — {camp.definition}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {input('speakerName', 'speaker.name', 'Speaker', 'As the source names them, in full.')}
        {input(
          'speakerRole',
          'speaker.role',
          'Role',
          'The title as the source gives it; empty when it gives none.',
        )}
      </div>
      {source ? (
        <SpanPicker
          sourceText={source.text}
          sourceLabel={source.label}
          anchor={form.anchor}
          text={form.text}
          invalid={invalid('text', 'anchor') ?? false}
          errorId={describedBy('text', 'anchor')}
          onPick={(anchor, text) => set({ anchor, text })}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="edit-kind" className={LABEL}>
            Kind
          </label>
          <select
            id="edit-kind"
            value={form.kind}
            onChange={(e) => set({ kind: e.target.value })}
            className={FIELD}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="edit-channel" className={LABEL}>
            First-hand or secondhand
          </label>
          <select
            id="edit-channel"
            value={form.channel}
            onChange={(e) => set({ channel: e.target.value })}
            className={FIELD}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {input(
        'attribution',
        'attribution',
        'Attribution',
        'How the source knows: “press conference”, “as reported by …”.',
      )}
      <div>
        <label htmlFor="edit-date" className={LABEL}>
          Date the statement was made, if the source gives one
        </label>
        <p id="edit-date-help" className="text-xs text-zinc-700 dark:text-zinc-300">
          “Said on Monday”, “in a statement on 4 March”. Leave it empty to use the source’s date.
        </p>
        <div className="flex items-center gap-2">
          <input
            id="edit-date"
            type="date"
            value={form.date}
            onChange={(e) => set({ date: e.target.value })}
            aria-invalid={invalid('date')}
            aria-describedby={describedBy('date') ?? 'edit-date-help'}
            className={`${FIELD} sm:w-auto`}
          />
          {form.date ? (
            <button
              type="button"
              onClick={() => {
                set({ date: '' })
                // The button goes away with the date: focus stays on the field it emptied.
                document.getElementById('edit-date')?.focus()
              }}
              className="mt-1 rounded border border-zinc-400 px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
            >
              Clear the date
            </button>
          ) : null}
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="edit-stance" className={LABEL}>
            Stance
          </label>
          <select
            id="edit-stance"
            value={form.stanceValue}
            onChange={(e) => set({ stanceValue: e.target.value })}
            aria-invalid={invalid('stance.value')}
            aria-describedby={describedBy('stance.value')}
            className={FIELD}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_NAMES[stance]}: {STANCE_MEANINGS[stance]}
              </option>
            ))}
          </select>
        </div>
        {input('stanceLabel', 'stance.label', 'Stance label', 'A short label in your words.')}
      </div>
      <div>
        <label htmlFor="edit-caveats" className={LABEL}>
          Caveats
        </label>
        <p id="edit-caveats-help" className="text-xs text-zinc-700 dark:text-zinc-300">
          One a line: what a careful reader must know.
        </p>
        <textarea
          id="edit-caveats"
          value={form.caveats}
          rows={3}
          onChange={(e) => set({ caveats: e.target.value })}
          aria-invalid={invalid('caveats')}
          aria-describedby={describedBy('caveats') ?? 'edit-caveats-help'}
          className={FIELD}
        />
      </div>
    </div>
  )
}
