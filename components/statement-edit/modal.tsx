'use client'

import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * A modal dialog that opens when mounted: focus moves into it, Esc closes it, and the
 * caller puts focus back where it was.
 */
export function Modal({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`m-auto max-h-[92vh] ${wide ? 'w-[min(72rem,calc(100vw-2rem))]' : 'w-[min(40rem,calc(100vw-2rem))]'} rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-[rgba(9,9,11,0.6)] dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50`}
    >
      <div className="flex max-h-[92vh] flex-col">
        <div className="flex items-start justify-between gap-3 border-b border-zinc-200 px-5 py-3 dark:border-zinc-700">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className={BUTTON}>
            Close
          </button>
        </div>
        <div className="overflow-y-auto px-5 py-4">{children}</div>
      </div>
    </dialog>
  )
}

export const BUTTON =
  'rounded-md border border-zinc-400 px-3 py-1 text-sm font-semibold hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:border-zinc-500 dark:hover:bg-zinc-800'

export const PRIMARY =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60'

export const DANGER =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60'

export const FIELD =
  'mt-1 block w-full rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-700 dark:border-zinc-500 dark:bg-zinc-800 dark:text-zinc-50'

export const LABEL = 'block text-sm font-medium text-zinc-900 dark:text-zinc-100'
