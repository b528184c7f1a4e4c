'use client'

import { useEffect, useRef, useState } from 'react'
import type { ReviewDrafts } from './use-review'

export interface Removed {
  id: string
  name: string
}

/** How long Undo stays on offer; never taken away while the editor is on it. */
const OFFER_MS = 60_000

/**
 * After a draft is removed (at once, without a confirmation): what went, and Undo, which
 * brings it back through the restore command. Focus moves here, as the card it was on is
 * gone; the offer lapses after a minute, or when another draft is removed.
 */
export function UndoRemove({
  review,
  removed,
  onDone,
}: {
  review: ReviewDrafts
  removed: Removed | null
  onDone: () => void
}) {
  const button = useRef<HTMLButtonElement>(null)
  const [refusal, setRefusal] = useState<{ id: string; text: string } | null>(null)
  const error = removed && refusal?.id === removed.id ? refusal.text : null
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!removed) return
    button.current?.focus()
    let timer: ReturnType<typeof setTimeout>
    const lapse = () => {
      if (document.activeElement === button.current) timer = setTimeout(lapse, OFFER_MS)
      else onDone()
    }
    timer = setTimeout(lapse, OFFER_MS)
    return () => clearTimeout(timer)
  }, [removed, onDone])

  // The status element stays in the page, so a screen reader hears what it comes to say.
  return (
    <div
      className={
        removed
          ? 'flex flex-wrap items-center gap-3 rounded border border-zinc-300 bg-zinc-100 px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-800'
          : 'sr-only'
      }
    >
      <p role="status">{removed ? `Removed ${removed.name}.` : ''}</p>
      {removed && (
        <button
          ref={button}
          type="button"
          disabled={busy}
          aria-label={`Undo removing ${removed.name}`}
          onClick={async () => {
            setBusy(true)
            const refused = await review.restore(removed.id)
            setBusy(false)
            if (refused) return setRefusal({ id: removed.id, text: refused })
            onDone()
            document.getElementById(`draft-${removed.id}`)?.focus()
          }}
          className="rounded border border-zinc-500 px-2 py-0.5 font-medium hover:bg-white disabled:opacity-60 dark:hover:bg-zinc-900"
        >
          Undo
        </button>
      )}
      {removed && error && (
        <p role="alert" className="text-red-800 dark:text-red-200">
          {error}
        </p>
      )}
    </div>
  )
}
