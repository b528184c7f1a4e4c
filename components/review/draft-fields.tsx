'use client'

import { useId, useState } from 'react'

/** A link to the codebook's rule for the choice beside it. */
export function Rule({ section, children }: { section: string; children: React.ReactNode }) {
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

/** A text field saved when the editor leaves it, if they changed it. */
export function SavedText({
  label,
  value,
  onSave,
  multiline = false,
  hint,
}: {
  label: string
  value: string
  onSave: (value: string) => void
  multiline?: boolean
  hint?: string
}) {
  const [text, setText] = useState(value)
  const [stored, setStored] = useState(value)
  // The stored value wins whenever it changes (a save, a conflict, a reload).
  if (stored !== value) {
    setStored(value)
    setText(value)
  }
  const common = {
    'aria-label': label,
    value: text,
    onBlur: () => {
      if (text !== value) onSave(text)
    },
    className:
      'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50',
  }
  return (
    <label className="block text-sm">
      <span className="font-medium">{label.replace(/ of statement \d+$/, '')}</span>
      {hint && <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-300">{hint}</span>}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => setText(e.target.value)} />
      )}
    </label>
  )
}

/**
 * The day a statement was made, saved when the editor leaves the field. A date the
 * extractor suggested says which words of the article it came from, so it is checked,
 * not taken on trust; clearing it leaves the source's date to stand for it.
 */
export function SavedDate({
  label,
  clearLabel,
  value,
  cue,
  onSave,
}: {
  /** The accessible name: the visible words, then which statement. */
  label: string
  clearLabel: string
  value: string | null
  cue: string | null
  onSave: (value: string) => void
}) {
  const id = useId()
  const [text, setText] = useState(value ?? '')
  // Saved on leaving the field or on Enter, not on each change: typing a year digit by
  // digit passes through days nobody meant (0002, 0020, 0202).
  const save = () => {
    if (text !== (value ?? '')) onSave(text)
  }
  const [stored, setStored] = useState(value)
  if (stored !== value) {
    setStored(value)
    setText(value ?? '')
  }
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-medium">
        {label.replace(/, statement \d+$/, '')}
      </label>
      <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-300">
        {cue
          ? `Suggested from the article’s words “${cue}”: check it against the article, change it or clear it.`
          : '“Said on Monday”, “in a statement on 4 March”. Empty: the source’s date stands for it.'}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="date"
          aria-label={label}
          aria-describedby={`${id}-help`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save()
          }}
          className="mt-1 rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50"
        />
        {value !== null && (
          <button
            type="button"
            onClick={() => {
              setText('')
              onSave('')
              // The button goes with the date: focus stays on the field it emptied.
              document.getElementById(id)?.focus()
            }}
            className="mt-1 rounded border border-zinc-400 px-2 py-0.5 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            {clearLabel}
          </button>
        )}
      </div>
    </div>
  )
}

/** One choice among a few, saved as soon as it is made. */
export function Choice<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  rule,
}: {
  legend: string
  name: string
  options: { value: V; label: string; description?: string }[]
  value: V | null
  onChange: (value: V) => void
  rule?: React.ReactNode
}) {
  // Shown at once, then replaced by what the store answers (the same, or the other
  // editor's choice on a conflict).
  const [picked, setPicked] = useState(value)
  const [stored, setStored] = useState(value)
  if (stored !== value) {
    setStored(value)
    setPicked(value)
  }
  return (
    <fieldset className="text-sm">
      <legend className="font-medium">
        {legend} {rule}
      </legend>
      <div className="mt-1 space-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={picked === option.value}
              onChange={() => {
                setPicked(option.value)
                onChange(option.value)
              }}
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
