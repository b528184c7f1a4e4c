'use client'

import { useCallback, useRef } from 'react'
import type { PerspectiveView, StatementRow } from '@/lib/view-model'
import { exportRowsAsCsv } from './export-csv'
import { StatementTable, type RowsGetter } from './statement-table/statement-table'

interface PerspectiveTablesProps {
  storyId: string
  perspectives: PerspectiveView[]
}

/** The camps side by side, each sortable on its own, with one export across them all. */
export function PerspectiveTables({ storyId, perspectives }: PerspectiveTablesProps) {
  // Each table hands over a way to read its rows in their current order, so "Export all"
  // uses exactly the order on screen rather than re-sorting by its own rules.
  const getters = useRef(new Map<string, RowsGetter>())
  const registerRows = useCallback((perspectiveId: string, getRows: RowsGetter) => {
    getters.current.set(perspectiveId, getRows)
    return () => {
      getters.current.delete(perspectiveId)
    }
  }, [])

  const exportAll = () => {
    const rows: StatementRow[] = perspectives.flatMap(
      (perspective) => getters.current.get(perspective.id)?.() ?? perspective.rows,
    )
    return exportRowsAsCsv(storyId, 'all', rows)
  }

  const columns =
    perspectives.length >= 3 ? 'xl:grid-cols-3' : perspectives.length === 2 ? 'xl:grid-cols-2' : ''

  return (
    <section aria-labelledby="statements-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="statements-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
            Statements by camp
          </h2>
          <p className="mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-300">
            Sort any column with its header button; hold Shift to add a further sort. Exports follow each
            table’s current order.
          </p>
        </div>
        <button
          type="button"
          onClick={exportAll}
          className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300 print:hidden"
        >
          Export all (CSV)
        </button>
      </div>
      <div
        className={`mt-4 grid grid-cols-1 items-start gap-5 xl:gap-3 ${columns} print:block print:space-y-6`}
      >
        {perspectives.map((perspective) => (
          <StatementTable
            key={perspective.id}
            storyId={storyId}
            perspective={perspective}
            registerRows={registerRows}
          />
        ))}
      </div>
    </section>
  )
}
