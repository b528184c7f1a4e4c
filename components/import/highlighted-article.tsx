'use client'

import { memo, useMemo } from 'react'
import { segmentText } from '@/lib/view/segments'

export interface MarkedSpan {
  id: string
  start: number
  end: number
  kind: 'direct' | 'paraphrase' | null
}

interface HighlightedArticleProps {
  text: string
  spans: readonly MarkedSpan[]
  /** Called with the article offsets of a selection made in the text (null when none). */
  onSelectText?: (span: { start: number; end: number } | null) => void
}

/** The article offset of a selection end: its element's data-start plus the offset inside it. */
function offsetOf(node: Node, offset: number, region: HTMLElement): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const holder = element?.closest<HTMLElement>('[data-start]')
  if (!holder || !region.contains(holder)) return null
  const start = Number(holder.dataset.start)
  return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (holder.textContent ?? '').length : 0)
}

function readSelection(region: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = offsetOf(range.startContainer, range.startOffset, region)
  const end = offsetOf(range.endContainer, range.endOffset, region)
  return start !== null && end !== null && end > start ? { start, end } : null
}

/**
 * The article as given, each drafted statement marked, numbered and linked to its
 * review card. Text is rendered as text: the segments join back to the article exactly.
 */
function HighlightedArticleView({ text, spans, onSelectText }: HighlightedArticleProps) {
  const byId = useMemo(() => new Map(spans.map((span, i) => [span.id, { span, n: i + 1 }])), [spans])
  const segments = useMemo(() => segmentText(text, spans), [text, spans])
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label="Article with drafted statements marked"
      onMouseUp={(e) => onSelectText?.(readSelection(e.currentTarget))}
      onKeyUp={(e) => onSelectText?.(readSelection(e.currentTarget))}
      className="h-[24rem] overflow-auto whitespace-pre-wrap [contain:strict] rounded border border-zinc-300 bg-white p-3 text-sm leading-relaxed text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-50"
    >
      {segments.map((segment) => {
        const entry = segment.ids[0] === undefined ? undefined : byId.get(segment.ids[0])
        if (!entry)
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          )
        const { span, n } = entry
        return (
          <a
            key={segment.start}
            href={`#draft-${span.id}`}
            // A drag over a mark selects its words (to correct a span) rather than dragging the link.
            draggable={false}
            className={`rounded-sm no-underline ${
              span.kind === 'paraphrase'
                ? 'bg-amber-100 text-zinc-950 ring-1 ring-amber-700 dark:bg-amber-900 dark:text-white'
                : 'bg-sky-100 text-zinc-950 ring-1 ring-sky-700 dark:bg-sky-900 dark:text-white'
            }`}
          >
            <span className="sr-only">{`Statement ${n}: `}</span>
            <mark data-start={segment.start} className="bg-transparent text-inherit">
              {segment.text}
            </mark>
            <sup aria-hidden="true" className="ml-0.5 font-semibold">
              {n}
            </sup>
          </a>
        )
      })}
    </div>
  )
}

/** Re-rendered only when a span, a kind or the numbering changes, not on every edit. */
export const HighlightedArticle = memo(
  HighlightedArticleView,
  (before, after) =>
    before.text === after.text &&
    before.onSelectText === after.onSelectText &&
    before.spans.length === after.spans.length &&
    before.spans.every((span, i) => {
      const other = after.spans[i]!
      return span.id === other.id && span.start === other.start && span.end === other.end && span.kind === other.kind
    }),
)
