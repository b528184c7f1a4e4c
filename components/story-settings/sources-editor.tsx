'use client'

import { useState } from 'react'
import { DANGER, FIELD, LABEL, PRIMARY } from '../statement-edit/modal'
import * as sources from '@/lib/commands/sources/schema'
import { RefusalNote, Status, useSettingsCall } from './settings-form'

export interface SourceSetting {
  id: string
  /** "Publisher, title" for headings. */
  name: string
  publisher: string
  title: string
  date: string | { value: string; inferred: true; reason: string }
  url: string
  version: number
  statements: number
}

/** Each source's facts (the text stays as imported); a source no statement cites can be deleted. */
export function SourcesEditor({ storyId, sources }: { storyId: string; sources: SourceSetting[] }) {
  return (
    <ol className="space-y-4">
      {sources.map((source, index) => (
        <li key={`${source.id}-${source.version}`}>
          <SourceForm storyId={storyId} source={source} number={index + 1} />
        </li>
      ))}
    </ol>
  )
}

function SourceForm({ storyId, source, number }: { storyId: string; source: SourceSetting; number: number }) {
  const inferred = typeof source.date === 'object' ? source.date : null
  const [values, setValues] = useState({
    publisher: source.publisher,
    title: source.title,
    date: inferred ? inferred.value : (source.date as string),
    reason: inferred?.reason ?? '',
    url: source.url,
  })
  const { refusal, status, busy, send } = useSettingsCall()
  const target = { id: storyId, sourceId: source.id }
  const base = `source-${number}`
  const field = (name: 'publisher' | 'title' | 'date' | 'reason' | 'url', label: string, help: string) => (
    <div>
      <label htmlFor={`${base}-${name}`} className={LABEL}>
        {label}
      </label>
      <p id={`${base}-${name}-help`} className="text-xs text-zinc-700 dark:text-zinc-300">
        {help}
      </p>
      <input
        id={`${base}-${name}`}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        aria-invalid={refusal?.field === name || undefined}
        aria-describedby={refusal?.field === name ? `${base}-refusal` : `${base}-${name}-help`}
        className={FIELD}
      />
    </div>
  )
  const save = () => {
    const date = values.reason.trim()
      ? { value: values.date, inferred: true as const, reason: values.reason }
      : values.date
    const was = { publisher: source.publisher, title: source.title, date: source.date, url: source.url }
    const now = { publisher: values.publisher, title: values.title, date, url: values.url }
    // Only what the editor changed: a stored value the rules now refuse does not stop the rest.
    const changes = Object.fromEntries(
      (Object.keys(now) as (keyof typeof now)[])
        .filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]))
        .map((key) => [key, now[key]]),
    )
    void send(sources.editSource, target, { expectedVersion: source.version, changes }, 'Saved.')
  }
  return (
    <fieldset className="rounded-md border border-zinc-300 p-3 dark:border-zinc-600">
      <legend className="px-1 text-sm font-semibold">
        [{number}] {source.name} ({source.statements} statement{source.statements === 1 ? '' : 's'})
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {field('publisher', 'Publisher', 'As the source names itself, or “unknown”.')}
        {field('title', 'Title', 'The headline, or “unknown”.')}
        {field('date', 'Date', 'As YYYY-MM-DD, or “unknown”.')}
        {field('reason', 'Why the date is inferred', 'Leave empty when the source gives the date.')}
        {field('url', 'URL', 'The web address, or “unknown”.')}
      </div>
      <RefusalNote refusal={refusal} id={`${base}-refusal`} />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={PRIMARY} disabled={busy} onClick={save}>
          Save source
        </button>
        <button
          type="button"
          className={DANGER}
          disabled={busy}
          aria-label={`Delete source ${number}, ${source.name}`}
          onClick={() =>
            void send(sources.deleteSource, target, { expectedVersion: source.version }, 'Deleted.')
          }
        >
          Delete source
        </button>
        <Status>{status}</Status>
      </div>
    </fieldset>
  )
}
