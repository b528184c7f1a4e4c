'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useExtractor } from '../import/use-extractor'
import { call } from '@/lib/commands/client'
import * as feeds from '@/lib/commands/feeds/schema'
import type { InboxItem } from '@/lib/commands/feeds/schema'
import * as reviews from '@/lib/commands/reviews/schema'

/**
 * A story's inbox: the items its feeds brought, candidates and not drafts. "Open into a
 * review" fetches the item's page (kept as fetched, as when an article is added by its
 * address), drafts it and starts its review in one go; "Dismiss" sets it aside for good.
 */
export function InboxList({ storyId, items }: { storyId: string; items: InboxItem[] }) {
  const router = useRouter()
  const extract = useExtractor()
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ itemId: string; text: string } | null>(null)

  async function open(item: InboxItem) {
    setBusy(item.id)
    setProblem(null)
    const fail = (text: string) => {
      setBusy(null)
      setProblem({ itemId: item.id, text })
    }
    const fetched = await call(feeds.openItem, { id: storyId, itemId: item.id })
    if (!fetched.ok) return fail(fetched.error)
    const { fields, archiveId } = fetched.value
    const drafts = await extract(fields.text)
    if (drafts === null) return fail('The article could not be drafted. Try again.')
    const date = typeof fields.date === 'string' ? fields.date : { ...fields.date }
    const started = await call(
      reviews.createReview,
      { id: storyId },
      {
        article: fields.text,
        source: {
          ...(fields.title ? { title: fields.title } : {}),
          ...((fields.publisher ?? item.outlet) ? { publisher: (fields.publisher ?? item.outlet)! } : {}),
          ...(fields.url ? { url: fields.url } : {}),
          date,
        },
        drafts,
        archiveId,
      },
    )
    if (!started.ok) return fail(started.error)
    router.push(`/stories/${storyId}/reviews/${started.value.id}`)
  }

  async function dismiss(item: InboxItem) {
    const answer = await call(feeds.dismissItem, { id: storyId, itemId: item.id })
    if (!answer.ok) return setProblem({ itemId: item.id, text: answer.error })
    router.refresh()
  }

  if (items.length === 0) return <p className="text-sm">Nothing waits in the inbox.</p>
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700">
          <h3 className="font-medium">{item.title}</h3>
          <p>
            {item.outlet ?? 'Unknown outlet'}
            {item.published ? ` · ${item.published}` : ''}
            {' · '}
            {item.matched.length > 0 ? `Matched: ${item.matched.join(', ')}` : 'Every item of its feed'}
          </p>
          {item.summary && <p className="mt-1 text-zinc-700 dark:text-zinc-200">{item.summary}</p>}
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void open(item)}
              className="rounded bg-blue-700 px-2 py-0.5 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
            >
              {busy === item.id ? 'Fetching and drafting…' : 'Open into a review'}
              <span className="sr-only">: {item.title}</span>
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void dismiss(item)}
              className="rounded border border-zinc-500 px-2 py-0.5 hover:bg-zinc-100 disabled:opacity-60 dark:hover:bg-zinc-800"
            >
              Dismiss<span className="sr-only">: {item.title}</span>
            </button>
          </div>
          {problem?.itemId === item.id && (
            <p
              role="alert"
              className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
            >
              {problem.text}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
