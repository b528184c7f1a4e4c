'use client'

import { memo, useMemo } from 'react'
import { segmentText } from '@/lib/view/segments'
import type { ReviewRow } from '@/lib/import/review'

interface HighlightedArticleProps {
  text: string
  rows: readonly ReviewRow[]
  /** Bring a statement's row into view; true when it handled the jump itself. */
  onJump: (key: string) => boolean
}

/**
 * The article as given, each drafted statement marked and linked to its row. Text is
 * rendered as text: the segments join back to the article exactly.
 */
function HighlightedArticleView({ text, rows, onJump }: HighlightedArticleProps) {
  const byKey = useMemo(() => new Map(rows.map((row, i) => [row.key, { row, n: i + 1 }])), [rows])
  const segments = useMemo(
    () =>
      segmentText(
        text,
        rows.map((row) => ({ id: row.key, start: row.draft.start, end: row.draft.end })),
      ),
    [text, rows],
  )
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Article with drafted statements marked"
      className="h-[24rem] overflow-auto whitespace-pre-wrap [contain:strict] rounded border border-zinc-300 bg-white p-3 text-sm leading-relaxed text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-50"
    >
      {segments.map((segment) => {
        const entry = segment.ids[0] === undefined ? undefined : byKey.get(segment.ids[0])
        if (!entry) return <span key={segment.start}>{segment.text}</span>
        const { row, n } = entry
        return (
          <a
            key={segment.start}
            href={`#draft-${row.key}`}
            onClick={(e) => {
              if (onJump(row.key)) e.preventDefault()
            }}
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

/**
 * Editing a row's speaker or stance changes nothing here, so the marked article (tens of
 * thousands of elements on a long article) re-renders only when a span, a kind or the
 * numbering changes.
 */
export const HighlightedArticle = memo(
  HighlightedArticleView,
  (before, after) =>
    before.text === after.text &&
    before.onJump === after.onJump &&
    before.rows.length === after.rows.length &&
    before.rows.every((row, i) => {
      const other = after.rows[i]!
      return row.key === other.key && row.kind === other.kind && row.draft === other.draft
    }),
)
