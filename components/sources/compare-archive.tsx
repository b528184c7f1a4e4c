'use client'

import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as articles from '@/lib/commands/articles/schema'
import { utcTime } from '@/lib/view/utc-time'

const WORDS = (n: number) => `${n.toLocaleString('en')} word${n === 1 ? '' : 's'}`

/**
 * "Fetch again and compare": the source's page as it is now, its text against the text
 * kept when the source was added, word by word. Nothing is saved: the kept copy and the
 * source's text (which every anchor refers to) stay as they are.
 */
export function CompareArchive({ storyId, sourceId }: { storyId: string; sourceId: string }) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [result, setResult] = useState<articles.SourceComparison | null>(null)

  async function compare() {
    setBusy(true)
    setProblem(null)
    const answer = await call(articles.compareSource, { id: storyId, sourceId })
    setBusy(false)
    if (answer.ok) setResult(answer.value)
    else setProblem(answer.error)
  }

  const c = result?.comparison
  return (
    <div className="mt-3">
      <button
        type="button"
        onClick={() => void compare()}
        disabled={busy}
        className="rounded border border-blue-700 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50 disabled:opacity-60 dark:border-blue-300 dark:text-blue-200 dark:hover:bg-blue-950"
      >
        {busy ? 'Fetching the page again…' : 'Fetch again and compare'}
      </button>
      {problem && (
        <p
          role="alert"
          className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {problem}
        </p>
      )}
      <div role="status" className="mt-2 text-sm">
        {result && c && (
          <p>
            Fetched again on {utcTime(result.fetchedAt)}.{' '}
            {c.same
              ? c.identical
                ? 'The publisher’s text is unchanged since it was kept.'
                : 'The same words as the kept text; only spacing or punctuation differs.'
              : `Since it was kept on ${utcTime(result.archivedAt)}, the publisher added ${WORDS(c.added)} and removed ${WORDS(c.removed)}. The source’s text here is unchanged.`}
          </p>
        )}
      </div>
      {c && !c.same && c.changes && (
        <section aria-label="What the publisher changed" className="mt-2">
          <p className="text-xs text-zinc-700 dark:text-zinc-300">
            <ins className="bg-green-100 text-green-900 no-underline dark:bg-green-950 dark:text-green-100">
              Added words
            </ins>{' '}
            and <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">removed words</del>{' '}
            are marked.
          </p>
          <div
            data-testid="text-changes"
            dir="auto"
            className="mt-1 max-h-96 overflow-y-auto rounded border border-zinc-300 p-3 text-sm leading-relaxed whitespace-pre-wrap dark:border-zinc-700"
          >
            {c.changes.map((change, i) =>
              change.kind === 'added' ? (
                <ins key={i} className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100">
                  <span className="sr-only">[added: </span>
                  {change.text}
                  <span className="sr-only">]</span>
                </ins>
              ) : change.kind === 'removed' ? (
                <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">
                  <span className="sr-only">[removed: </span>
                  {change.text}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{change.text}</span>
              ),
            )}
          </div>
        </section>
      )}
      {c && !c.same && !c.changes && (
        <p className="mt-2 text-sm">
          The page now holds a different article; it is too changed to show word by word.
        </p>
      )}
    </div>
  )
}
