'use client'

import { useId } from 'react'
import type { SourceMeta } from '@/lib/import/draft-story'

export interface StoryFormValues {
  id: string
  title: string
  question: string
  source: SourceMeta
}

const FIELD =
  'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50'

function Field(props: {
  label: string
  hint?: string
  value: string
  onChange: (v: string) => void
  type?: string
  placeholder?: string
}) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900 dark:text-zinc-50">
        {props.label}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        className={FIELD}
      />
      {props.hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-zinc-700 dark:text-zinc-300">
          {props.hint}
        </p>
      )}
    </div>
  )
}

/** The story the statements go into, and what is known of the article as a source. */
export function StoryForm({
  values,
  onChange,
}: {
  values: StoryFormValues
  onChange: (v: StoryFormValues) => void
}) {
  const source = (change: Partial<SourceMeta>) =>
    onChange({ ...values, source: { ...values.source, ...change } })
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <fieldset className="space-y-3">
        <legend className="font-semibold text-zinc-900 dark:text-zinc-50">Story</legend>
        <Field
          label="Story id"
          hint="Lower-case letters, digits and hyphens; the file is named after it."
          value={values.id}
          onChange={(id) => onChange({ ...values, id })}
        />
        <Field
          label="Story title"
          value={values.title}
          onChange={(title) => onChange({ ...values, title })}
        />
        <Field
          label="Question"
          hint="The claim the statements take a stance on."
          value={values.question}
          onChange={(question) => onChange({ ...values, question })}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold text-zinc-900 dark:text-zinc-50">
          Source (leave blank when unknown)
        </legend>
        <Field
          label="Publisher"
          value={values.source.publisher ?? ''}
          onChange={(publisher) => source({ publisher })}
        />
        <Field label="Headline" value={values.source.title ?? ''} onChange={(title) => source({ title })} />
        <Field
          label="Date"
          hint="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          value={values.source.date ?? ''}
          onChange={(date) => source({ date })}
        />
        <Field label="URL" type="url" value={values.source.url ?? ''} onChange={(url) => source({ url })} />
      </fieldset>
    </div>
  )
}
