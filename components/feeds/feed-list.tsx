'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as feeds from '@/lib/commands/feeds/schema'
import { utcTime } from '@/lib/view/utc-time'
import { FeedKeywords } from './feed-keywords'

const INPUT =
  'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50'
const ALERT =
  'rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100'

/** The feeds a story watches, each with its keywords and how its last poll went; and a form to add one. */
export function FeedList({ storyId, list }: { storyId: string; list: feeds.FeedRow[] }) {
  const router = useRouter()
  const id = useId()
  const [url, setUrl] = useState('')
  const [keywords, setKeywords] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function add(e: React.FormEvent) {
    e.preventDefault()
    setBusy(true)
    setProblem(null)
    const answer = await call(feeds.addFeed, { id: storyId }, { url, keywords })
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    setUrl('')
    setKeywords('')
    router.refresh()
  }

  async function remove(feedId: string) {
    const answer = await call(feeds.removeFeed, { id: storyId, feedId })
    if (!answer.ok) return setProblem(answer.error)
    router.refresh()
  }

  return (
    <div>
      {list.length === 0 ? (
        <p className="text-sm">This story watches no feed yet.</p>
      ) : (
        <ul className="space-y-2">
          {list.map((feed) => (
            <li key={feed.id} className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
              <p className="font-medium">{feed.title ?? 'A feed not polled yet'}</p>
              <p className="url-text break-all">{feed.url}</p>
              <p>
                {feed.keywords.length > 0
                  ? `Keywords: ${feed.keywords.join(', ')}`
                  : 'No keywords: every item goes to the inbox.'}{' '}
                {feed.lastPolledAt ? `Last polled ${utcTime(feed.lastPolledAt)}.` : 'Not polled yet.'}
              </p>
              <FeedKeywords storyId={storyId} feed={feed} name={feed.title ?? feed.url} />
              {feed.lastError && (
                <p className={`mt-1 ${ALERT}`}>The last poll was refused: {feed.lastError}</p>
              )}
              <button
                type="button"
                onClick={() => void remove(feed.id)}
                className="mt-2 rounded border border-zinc-500 px-2 py-0.5 hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                Stop watching<span className="sr-only"> {feed.title ?? feed.url}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => void add(e)}
        noValidate
        className="mt-4 grid gap-3 sm:grid-cols-2"
        aria-labelledby={`${id}-h`}
      >
        <h3 id={`${id}-h`} className="font-semibold sm:col-span-2">
          Watch a feed
        </h3>
        <label className="block text-sm">
          <span className="font-medium">Address of the RSS or Atom feed</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} className={INPUT} />
        </label>
        <label className="block text-sm">
          <span className="font-medium">Keywords</span>{' '}
          <span className="text-xs text-zinc-700 dark:text-zinc-300">
            separated by commas; none takes every item
          </span>
          <input
            type="text"
            value={keywords}
            onChange={(e) => setKeywords(e.target.value)}
            className={INPUT}
          />
        </label>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            Watch this feed
          </button>
        </div>
        {problem && (
          <p role="alert" className={`sm:col-span-2 ${ALERT}`}>
            {problem}
          </p>
        )}
      </form>
    </div>
  )
}
