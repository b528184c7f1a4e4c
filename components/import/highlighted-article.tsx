import { segmentText } from '@/lib/segments'
import type { ReviewRow } from '@/lib/import/review'

/**
 * The article as given, each drafted statement marked and linked to its row. Text is
 * rendered as text: the segments join back to the article exactly.
 */
export function HighlightedArticle({ text, rows }: { text: string; rows: readonly ReviewRow[] }) {
  const numbers = new Map(rows.map((row, i) => [row.key, i + 1]))
  const segments = segmentText(
    text,
    rows.map((row) => ({ id: row.key, start: row.draft.start, end: row.draft.end })),
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
        const row = rows.find((r) => r.key === key)!
        const n = numbers.get(key)
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
