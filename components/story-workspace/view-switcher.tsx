'use client'

import type { View } from '@/lib/view/url-state'

const VIEW_LABELS: Record<View, string> = {
  side: 'Side by side',
  combined: 'Combined',
  matrix: 'Matrix',
  claims: 'Claims',
  timeline: 'Timeline',
}

/** Five views of the same filtered statements; the pressed button is the current one. */
export function ViewSwitcher({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  return (
    <div
      role="group"
      aria-label="View"
      className="inline-flex max-w-full flex-wrap rounded-md border border-zinc-400 p-0.5 dark:border-zinc-500 print:hidden"
    >
      {(Object.keys(VIEW_LABELS) as View[]).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
          className="rounded px-3 py-1 text-sm font-semibold text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:text-zinc-100 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900"
        >
          {VIEW_LABELS[option]}
        </button>
      ))}
    </div>
  )
}
