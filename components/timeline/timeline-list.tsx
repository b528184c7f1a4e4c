'use client'

import { useDeferredValue, useState } from 'react'
import { groupByDay, TIMELINE_PAGE } from '@/lib/view/timeline'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { StatementEntry } from '../statement-entry'

const PAGE = TIMELINE_PAGE
/** Entries redrawn with the chart when the range changes; the rest follow a moment later. */
const FIRST_SCREEN = 12

interface TimelineListProps {
  /** Filtered rows, already in date order (lib/view/timeline.ts). */
  rows: readonly StatementRow[]
  /** How many rows there are in all: more than `rows` holds in a large story's first screen. */
  total: number
  perspectives: readonly WorkspacePerspective[]
  onGoToStatement: (rowId: string) => void
}

/** The statements in the order they were said, one heading per day, the undated last. */
export function TimelineList({ rows, total, onGoToStatement }: TimelineListProps) {
  const [limit, setLimit] = useState(PAGE)
  // A brush redraws the chart and the entries on the first screen at once; the rest of
  // the page of entries follows in a render React may defer, so the chart keeps up.
  const settled = useDeferredValue(rows) === rows
  const groups = groupByDay(rows.slice(0, settled ? limit : Math.min(limit, FIRST_SCREEN)))
  const left = total - Math.min(limit, total)
  return (
    <section aria-labelledby="timeline-heading" className="mt-6">
      <h3 id="timeline-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        Statements in date order
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-200">
        A date in italics, marked <em>inferred from the source</em>, is the source’s: the statement gives none
        of its own.
      </p>
      {groups.map((group) => (
        <section key={group.iso ?? 'unknown'} aria-label={group.heading} className="mt-4">
          <h4 className="border-b border-zinc-300 pb-1 text-sm font-semibold text-zinc-900 break-after-avoid dark:border-zinc-600 dark:text-zinc-50">
            {group.heading}
          </h4>
          <ol className="mt-2 space-y-2">
            {group.rows.map((row) => (
              <StatementEntry
                key={row.id}
                id={`t-${row.id}`}
                row={row}
                rowHref={`#s-${row.id}`}
                onGoTo={onGoToStatement}
                extra={`[${row.source.number}] · `}
              />
            ))}
          </ol>
        </section>
      ))}
      {left > 0 ? (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE)}
          className="mt-4 rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800 print:hidden"
        >
          Show {Math.min(PAGE, left)} more ({left.toLocaleString('en')} not shown)
        </button>
      ) : null}
    </section>
  )
}
