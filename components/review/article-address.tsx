'use client'

import { useId, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as articles from '@/lib/commands/articles/schema'
import { utcTime } from '@/lib/view/utc-time'

/**
 * "From its address": the server fetches the page, keeps it as fetched, and fills the
 * form below with what it read (title, publisher, date, address, text) for the editor
 * to check. A form of its own, beside the article's form: Enter here fetches.
 */
export function ArticleAddress({
  storyId,
  onFetched,
}: {
  storyId: string
  onFetched: (fetched: articles.FetchedArticle) => void
}) {
  const id = useId()
  const [address, setAddress] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function fetchIt(e: React.FormEvent) {
    e.preventDefault()
    setBusy(true)
    setProblem(null)
    setDone(null)
    const answer = await call(articles.fetchArticle, { id: storyId }, { url: address })
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    onFetched(answer.value)
    setDone(
      `Fetched ${answer.value.url} on ${utcTime(answer.value.fetchedAt)}. The page is kept as fetched; check the fields below.`,
    )
  }

  return (
    <form onSubmit={(e) => void fetchIt(e)} noValidate className="space-y-2" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold text-zinc-900 dark:text-zinc-50">
        From its address
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="block min-w-0 flex-1 text-sm">
          <span className="font-medium">Address of the article</span>{' '}
          <span className="block text-xs text-zinc-700 dark:text-zinc-300">starting with https://</span>
          <input
            type="url"
            inputMode="url"
            autoComplete="url"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            className="mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50"
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="rounded border border-blue-700 px-3 py-1 font-medium text-blue-800 hover:bg-blue-50 disabled:opacity-60 dark:border-blue-300 dark:text-blue-200 dark:hover:bg-blue-950"
        >
          {busy ? 'Fetching the article…' : 'Fetch the article'}
        </button>
      </div>
      {problem && (
        <p
          id={`${id}-problem`}
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {problem}
        </p>
      )}
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-200">
        {done}
      </p>
    </form>
  )
}
