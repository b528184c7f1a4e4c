'use client'

import { useMemo } from 'react'
import { segmentText } from '@/lib/segments'
import type { ReviewRow } from '@/lib/import/review'

/**
 * The article as given, each drafted statement marked and linked to its row. Text is
 * rendered as text: the segments join back to the article exactly.
 */
export function HighlightedArticle({ text, rows }: { text: string; rows: readonly ReviewRow[] }) {
  const byKey = useMemo(() => new Map(rows.map((row, i) => [row.key, { row, n: i + 1 }])), [rows])
  // Spans change only when the article is drafted again, not when a row is edited, so the
  // segmentation (the costly part on a long article) is redone only then.
  const spanKey = rows.map((r) => `${r.key}:${r.draft.start}-${r.draft.end}`).join(',')
  const segments = useMemo(
    () =>
      segmentText(
        text,
        rows.map((row) => ({ id: row.key, start: row.draft.start, end: row.draft.end })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the spans, not the row objects
    [text, spanKey],
  )
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Article with drafted statements marked"
      className="max-h-[24rem] overflow-auto whitespace-pre-wrap rounded border border-zinc-300 bg-white p-3 text-sm leading-relaxed text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-50"
    >
      {segments.map((segment) => {
        const key = segment.ids[0]
        if (!key) return <span key={segment.start}>{segment.text}</span>
        const entry = byKey.get(key)
        if (!entry) return <span key={segment.start}>{segment.text}</span>
        const { row, n } = entry
        return (
          <a
            key={segment.start}
            href={`#draft-${key}`}
            className={`rounded-sm no-underline ${
              row.kind === 'direct'
                ? 'bg-sky-100 text-zinc-950 ring-1 ring-sky-700 dark:bg-sky-900 dark:text-white'
                : 'bg-amber-100 text-zinc-950 ring-1 ring-amber-700 dark:bg-amber-900 dark:text-white'
            }`}
          >
            <span className="sr-only">{`Statement ${n}: `}</span>
            <mark className="bg-transparent text-inherit">{segment.text}</mark>
            <sup aria-hidden="true" className="ml-0.5 font-semibold">
              {n}
            </sup>
          </a>
        )
      })}
    </div>
  )
}
