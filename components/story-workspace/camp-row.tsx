'use client'

import { useRef } from 'react'
import { useOverflowing } from '../use-overflowing'

/**
 * The camps side by side in one row of equal columns from 1280 px; when they do not
 * all fit, the row scrolls sideways (by keyboard too) and says so, rather than dropping
 * a camp below the others. Narrower screens stack the camps.
 */
export function CampRow({ count, children }: { count: number; children: React.ReactNode }) {
  const row = useRef<HTMLDivElement>(null)
  const overflowing = useOverflowing(row, count)
  return (
    <div>
      {overflowing ? (
        <p className="mb-2 text-sm font-medium text-zinc-700 dark:text-zinc-200 print:hidden">
          {count} camps side by side: scroll sideways to see them all <span aria-hidden="true">→</span>
        </p>
      ) : null}
      <div
        ref={row}
        role={overflowing ? 'region' : undefined}
        aria-label={overflowing ? 'Camps side by side' : undefined}
        tabIndex={overflowing ? 0 : undefined}
        className="camp-row grid grid-cols-1 items-start gap-5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 xl:grid-flow-col xl:auto-cols-[minmax(18rem,1fr)] xl:grid-cols-none xl:gap-3 xl:overflow-x-auto xl:pb-2 print:block print:space-y-4"
      >
        {children}
      </div>
    </div>
  )
}
