'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as feeds from '@/lib/commands/feeds/schema'

const INPUT =
  'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50'

/**
 * A watched feed's keywords, changed in place: saved version-checked, for the polls to
 * come (the items already in the inbox stay). A conflict shows the keywords as they are now.
 */
export function FeedKeywords({
  storyId,
  feed,
  name,
}: {
  storyId: string
  feed: feeds.FeedRow
  name: string
}) {
  const router = useRouter()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState(feed.keywords.join(', '))
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [note, setNote] = useState('')

  async function save(e: React.FormEvent) {
    e.preventDefault()
    setBusy(true)
    setProblem(null)
    const answer = await call(
      feeds.editFeedKeywords,
      { id: storyId, feedId: feed.id },
      { version: feed.version, keywords: value },
    )
    setBusy(false)
    if (!answer.ok) {
      const current = answer.code === 'conflict' ? (answer.current as feeds.FeedRow | undefined) : undefined
      if (current) setValue(current.keywords.join(', '))
      setProblem(answer.error)
      router.refresh()
      return
    }
    setOpen(false)
    setNote('Keywords saved: they choose the items of the next polls.')
    router.refresh()
  }

  if (!open)
    return (
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => {
            setValue(feed.keywords.join(', '))
            setNote('')
            setOpen(true)
          }}
          className="rounded border border-zinc-500 px-2 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Change keywords<span className="sr-only"> of {name}</span>
        </button>
        <p role="status">{note}</p>
      </div>
    )
  return (
    <form onSubmit={(e) => void save(e)} noValidate className="mt-2 space-y-2">
      <label htmlFor={`${id}-k`} className="block">
        <span className="font-medium">Keywords</span>{' '}
        <span className="text-xs text-zinc-700 dark:text-zinc-300">
          separated by commas; none takes every item. Items already in the inbox stay.
        </span>
      </label>
      <input
        id={`${id}-k`}
        type="text"
        aria-label={`Keywords of ${name}`}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        className={INPUT}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-blue-700 px-2 py-0.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          Save keywords
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false)
            setProblem(null)
          }}
          className="rounded border border-zinc-500 px-2 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Cancel
        </button>
      </div>
      {problem && (
        <p
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {problem}
        </p>
      )}
    </form>
  )
}
