'use client'

import { memo, useEffect, useMemo, useRef } from 'react'
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

/**
 * The article offset of a selection end. Inside a piece of the article's text it is the
 * piece's data-start plus the offset; anywhere else (a statement's number, the words read
 * out to screen readers) it is the start of the next piece of text, or the article's end.
 */
function offsetOf(node: Node, offset: number, region: HTMLElement, length: number): number {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : null
  const holder = element?.closest<HTMLElement>('[data-start]')
  if (holder && region.contains(holder)) return Number(holder.dataset.start) + offset
  const point = document.createRange()
  point.setStart(node, offset)
  for (const piece of region.querySelectorAll<HTMLElement>('[data-start]')) {
    if (point.comparePoint(piece, 0) >= 0) return Number(piece.dataset.start)
  }
  return length
}

/**
 * The article span selected in the region; null when the selection there is empty, and
 * undefined when the selection is elsewhere (the text box beside it, a button), so that
 * one is left as it stands.
 */
function readSelection(
  region: HTMLElement,
  length: number,
): { start: number; end: number } | null | undefined {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0) return undefined
  const range = selection.getRangeAt(0)
  if (!region.contains(range.startContainer) || !region.contains(range.endContainer)) return undefined
  if (range.collapsed) return null
  const start = offsetOf(range.startContainer, range.startOffset, region, length)
  const end = offsetOf(range.endContainer, range.endOffset, region, length)
  return end > start ? { start, end } : null
}

/**
 * The article as given, each drafted statement marked, numbered and linked to its
 * review card. Text is rendered as text: the segments join back to the article exactly.
 */
function HighlightedArticleView({ text, spans, onSelectText }: HighlightedArticleProps) {
  const byId = useMemo(() => new Map(spans.map((span, i) => [span.id, { span, n: i + 1 }])), [spans])
  const segments = useMemo(() => segmentText(text, spans), [text, spans])
  const region = useRef<HTMLDivElement>(null)
  // The document's selectionchange sees every way of selecting: a drag, a double click,
  // a drag that ends outside the article, the keyboard.
  useEffect(() => {
    if (!onSelectText) return
    const onChange = () => {
      const span = region.current && readSelection(region.current, text.length)
      if (span !== undefined) onSelectText(span)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [onSelectText, text.length])
  return (
    <div
      ref={region}
      tabIndex={0}
      role="region"
      aria-label="Article with drafted statements marked"
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
        // The marked words are text, not a link: a link's words cannot be selected by a
        // drag, and correcting a span means selecting in or across them. The number after
        // them is the link to the statement's review card.
        return (
          <span key={segment.start}>
            <mark
              data-start={segment.start}
              className={`rounded-sm text-zinc-950 dark:text-white ${
                span.kind === 'paraphrase'
                  ? 'bg-amber-100 ring-1 ring-amber-700 dark:bg-amber-900'
                  : 'bg-sky-100 ring-1 ring-sky-700 dark:bg-sky-900'
              }`}
            >
              {segment.text}
            </mark>
            <sup className="ml-0.5 font-semibold select-none">
              <a
                href={`#draft-${span.id}`}
                aria-label={`Statement ${n}`}
                className="text-blue-800 dark:text-blue-200"
              >
                {n}
              </a>
            </sup>
          </span>
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
      return (
        span.id === other.id &&
        span.start === other.start &&
        span.end === other.end &&
        span.kind === other.kind
      )
    }),
)
