'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { BUTTON, LABEL } from './modal'

/**
 * The statement's words are changed only by selecting them in the source: the source is
 * a read-only text box (so a selection works by mouse or keyboard, Shift and the arrow
 * keys), and the server takes the new text from the source at the selected offsets.
 */
export function SpanPicker({
  sourceText,
  sourceLabel,
  anchor,
  text,
  invalid,
  errorId,
  onPick,
}: {
  sourceText: string
  sourceLabel: string
  anchor: { start: number; end: number }
  text: string
  invalid: boolean
  errorId?: string
  onPick: (anchor: { start: number; end: number }, text: string) => void
}) {
  const area = useRef<HTMLTextAreaElement>(null)
  const id = useId()
  const [note, setNote] = useState('')
  useEffect(() => {
    // Start with the current words selected, scrolled into view.
    const element = area.current
    if (!element) return
    element.setSelectionRange(anchor.start, anchor.end)
    const before = sourceText.slice(0, anchor.start).split('\n').length
    element.scrollTop = Math.max(0, (before - 3) * 20)
    // Only on first show: later picks move the selection themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const pick = () => {
    const element = area.current
    if (!element) return
    const { selectionStart: start, selectionEnd: end } = element
    const words = sourceText.slice(start, end).replace(/\s+/g, ' ').trim()
    if (words.length === 0) {
      setNote('Select the statement’s words in the source first.')
      return
    }
    setNote('')
    onPick({ start, end }, words)
  }
  return (
    <div>
      <p className={LABEL} id={`${id}-current`}>
        Text (verbatim from the source)
      </p>
      <blockquote
        aria-describedby={errorId}
        className={`mt-1 rounded-md border-l-4 bg-zinc-50 px-3 py-2 text-sm dark:bg-zinc-800 ${invalid ? 'border-red-700' : 'border-blue-700'}`}
        data-testid="statement-text"
      >
        {text}
      </blockquote>
      <label htmlFor={`${id}-source`} className={`${LABEL} mt-3`}>
        Source passage: {sourceLabel}
      </label>
      <p id={`${id}-help`} className="text-xs text-zinc-700 dark:text-zinc-300">
        To change the text, select its words here (with the mouse, or Shift and the arrow keys), then choose
        “Use the selected words”.
      </p>
      <textarea
        ref={area}
        id={`${id}-source`}
        readOnly
        value={sourceText}
        aria-describedby={`${id}-help`}
        rows={8}
        dir="auto"
        className="mt-1 block w-full rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm leading-5 text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-50"
      />
      <div className="mt-2 flex items-center gap-3">
        <button type="button" onClick={pick} className={BUTTON}>
          Use the selected words
        </button>
        <span role="status" className="text-sm text-red-800 dark:text-red-300">
          {note}
        </span>
      </div>
    </div>
  )
}
