'use client'

import type { ReactNode } from 'react'

/**
 * The widgets a coded statement is edited with, one per kind of value: text, a day, a
 * choice among a few (radio buttons, each with its meaning), a choice among two (a
 * select). Controlled: each reports every change (`onEdit`) and when the editor is done
 * with it (`onCommit`: leaving the field, Enter, or a choice), so a form may save at once
 * or on its own button.
 */

export const INPUT =
  'mt-1 block w-full rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-700 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-50'
const LABEL = 'block text-sm font-medium text-zinc-900 dark:text-zinc-100'
const HELP = 'text-xs text-zinc-700 dark:text-zinc-300'

export interface FieldProps {
  id: string
  /** The accessible name ("Speaker of statement 2"). */
  name: string
  /** The words shown ("Speaker"). */
  shown: string
  help?: ReactNode
  invalid?: boolean
  /** The id of the message that explains a refusal. */
  errorId?: string
}

const describedBy = ({ id, help, invalid, errorId }: FieldProps) =>
  [invalid && errorId, help ? `${id}-help` : undefined].filter(Boolean).join(' ') || undefined

/** A field's label (with the rule's link, if any) and help, above the control. */
function Labelled(props: FieldProps & { rule?: ReactNode; children: ReactNode }) {
  const { id, shown, help, rule, children } = props
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {shown}
      </label>
      {rule ? <> {rule}</> : null}
      {help ? (
        <p id={`${id}-help`} className={HELP}>
          {help}
        </p>
      ) : null}
      {children}
    </div>
  )
}

/** The control's own attributes: its name when it differs from the words shown, and its state. */
const attributes = (props: FieldProps) => ({
  id: props.id,
  'aria-label': props.name === props.shown ? undefined : props.name,
  'aria-invalid': props.invalid || undefined,
  'aria-describedby': describedBy(props),
})

/** A link to the codebook's rule for the choice beside it. */
export function Rule({ section, children }: { section: string; children: ReactNode }) {
  return (
    <a
      href={`/codebook#${section}`}
      target="_blank"
      className="text-xs text-blue-700 underline dark:text-blue-300"
    >
      {children}
    </a>
  )
}

export function TextField(
  props: FieldProps & {
    value: string
    multiline?: boolean
    onEdit: (value: string) => void
    onCommit: () => void
  },
) {
  const { value, multiline, onEdit, onCommit } = props
  const common = { ...attributes(props), value, onBlur: onCommit, className: INPUT }
  return (
    <Labelled {...props}>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onEdit(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => onEdit(e.target.value)}
          onKeyDown={(e) => {
            // In a form, Enter also submits it, as it would anyway.
            if (e.key === 'Enter') onCommit()
          }}
        />
      )}
    </Labelled>
  )
}

/**
 * A day. Saved on leaving the field, on Enter or by clearing it, never on each change:
 * typing a year digit by digit passes through days nobody meant (0002, 0020, 0202).
 */
export function DateField(
  props: FieldProps & {
    value: string
    clearName: string
    onEdit: (value: string) => void
    onCommit: () => void
  },
) {
  const { id, value, clearName, onEdit, onCommit } = props
  // Text as YYYY-MM-DD, as everywhere else in the app (a browser's date box shows its own
  // locale's order); the calendar-day rule checks it when it is saved.
  const help = <>As YYYY-MM-DD, e.g. 2023-12-16. {props.help}</>
  return (
    <Labelled {...props} help={help}>
      <div className="flex flex-wrap items-center gap-2">
        <input
          {...attributes({ ...props, help })}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          value={value}
          onChange={(e) => onEdit(e.target.value)}
          onBlur={onCommit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onCommit()
          }}
          className={`${INPUT} sm:w-36`}
        />
        {value !== '' && (
          <button
            type="button"
            onClick={() => {
              onEdit('')
              onCommit()
              // The button goes with the date: focus stays on the field it emptied.
              document.getElementById(id)?.focus()
            }}
            className="mt-1 rounded border border-zinc-400 px-2 py-0.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            {clearName}
          </button>
        )}
      </div>
    </Labelled>
  )
}

export interface Option {
  value: string
  label: string
  description?: string
}

/** One choice among a few, each with what it means; made (and committed) by choosing. */
export function ChoiceField(
  props: Omit<FieldProps, 'help'> & {
    options: readonly Option[]
    value: string
    rule?: ReactNode
    onChoose: (value: string) => void
  },
) {
  const { id, name, shown, options, value, rule, onChoose, invalid, errorId } = props
  return (
    // Named by `name` alone: the rule's link in the legend is not part of the group's name.
    <fieldset aria-label={name} aria-describedby={invalid ? errorId : undefined}>
      <legend className={LABEL}>
        {shown} {rule}
      </legend>
      <div className="mt-1 space-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChoose(option.value)}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.description && (
                <span className="block text-xs text-zinc-700 dark:text-zinc-300">{option.description}</span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** One of two or three short choices: a select, with "not chosen yet" while none is. */
export function SelectField(
  props: FieldProps & {
    options: readonly Option[]
    value: string
    rule?: ReactNode
    onChoose: (value: string) => void
  },
) {
  const { options, value, onChoose } = props
  return (
    <Labelled {...props}>
      <select
        {...attributes(props)}
        value={value}
        onChange={(e) => onChoose(e.target.value)}
        className={INPUT}
      >
        {value === '' && <option value="">Not chosen yet</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  )
}
