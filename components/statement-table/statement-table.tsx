'use client'

import { useTable, type SortingState } from '@tanstack/react-table'
import { useEffect } from 'react'
import type { SortableColumn } from '@/lib/sort-keys'
import type { PerspectiveView, StatementRow } from '@/lib/view-model'
import { campColor } from '../camp-colors'
import { exportRowsAsCsv } from '../export-csv'
import { COLUMN_LABELS, statementColumns, statementFeatures } from './columns'
import { ariaSortFor, SortHeader } from './sort-header'

export type RowsGetter = () => StatementRow[]

interface StatementTableProps {
  storyId: string
  perspective: PerspectiveView
  /** Lets the page export every table in its current order; returns an unregister. */
  registerRows: (perspectiveId: string, getRows: RowsGetter) => () => void
}

const COLUMN_WIDTHS: Record<SortableColumn, string> = {
  speaker: 'w-[22%]',
  statement: 'w-[39%]',
  stance: 'w-[19%]',
  source: 'w-[20%]',
}

function describeSorting(sorting: SortingState): string {
  if (sorting.length === 0) return 'In source order'
  const parts = sorting.map(
    (sort) =>
      `${COLUMN_LABELS[sort.id as SortableColumn] ?? sort.id} ${sort.desc ? 'descending' : 'ascending'}`,
  )
  return `Sorted by ${parts.join(', then ')}`
}

export function StatementTable({ storyId, perspective, registerRows }: StatementTableProps) {
  const table = useTable({
    features: statementFeatures,
    columns: statementColumns,
    data: perspective.rows,
    getRowId: (row) => row.id,
    // Every column starts ascending; the library would start non-text columns descending.
    sortDescFirst: false,
  })
  const sorting = table.state.sorting
  const rows = table.getRowModel().rows
  const color = campColor(perspective.index)
  const count = perspective.rows.length

  useEffect(
    () => registerRows(perspective.id, () => table.getRowModel().rows.map((row) => row.original)),
    [registerRows, perspective.id, table],
  )

  const exportCsv = () =>
    exportRowsAsCsv(
      storyId,
      perspective.id,
      rows.map((row) => row.original),
    )

  return (
    <div
      role="group"
      aria-label={perspective.label}
      className={`flex min-w-0 flex-col overflow-hidden rounded-lg border border-t-4 border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900 print:break-inside-auto print:shadow-none ${color.rule}`}
    >
      {/* Below 640 px the table keeps a readable width and scrolls inside its own,
          keyboard-focusable region; the page itself never scrolls sideways. */}
      <div
        role="region"
        aria-label={`${perspective.label}: statements table`}
        tabIndex={0}
        className="relative overflow-x-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 sm:overflow-visible"
      >
        <table className="w-full min-w-[36rem] table-fixed border-collapse text-left text-[0.8125rem] leading-snug sm:min-w-0">
          <caption className={`px-3 py-2 text-left text-base font-semibold ${color.band}`}>
            {perspective.label}
            <span className="font-normal">
              {' '}
              — {count} statement{count === 1 ? '' : 's'}
            </span>
          </caption>
          <colgroup>
            {table.getAllLeafColumns().map((col) => (
              <col key={col.id} className={COLUMN_WIDTHS[col.id as SortableColumn]} />
            ))}
          </colgroup>
          <thead className="bg-zinc-50 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const direction = header.column.getIsSorted()
                  const sortIndex = header.column.getSortIndex()
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={ariaSortFor(direction, sortIndex)}
                      className="border-b border-zinc-200 px-1.5 py-1.5 align-bottom font-semibold first:pl-2.5 dark:border-zinc-700"
                    >
                      <SortHeader
                        label={COLUMN_LABELS[header.column.id as SortableColumn]}
                        direction={direction}
                        sortIndex={sortIndex}
                        sortCount={sorting.length}
                        onToggle={header.column.getToggleSortingHandler()}
                      />
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-3 py-4 text-zinc-600 dark:text-zinc-300">
                  No statements from this camp in the story’s sources.
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr
                  key={row.id}
                  id={`s-${row.id}`}
                  className="border-b border-zinc-100 align-top last:border-b-0 dark:border-zinc-800 print:break-inside-avoid"
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="break-words px-1.5 py-2 first:pl-2.5">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 border-t border-zinc-200 px-3 py-2 dark:border-zinc-700 print:hidden">
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-300">
          {describeSorting(sorting)}
        </p>
        <button
          type="button"
          onClick={exportCsv}
          aria-label={`Export CSV: ${perspective.label}`}
          className="rounded border border-zinc-300 bg-white px-2.5 py-1 text-xs font-semibold text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
        >
          Export CSV
        </button>
      </div>
    </div>
  )
}
