'use client'

import type { ReactNode, Ref } from 'react'
import type { ColumnSort, SortColumn } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { campColor } from '../camp-colors'
import { CELLS, COLUMN_LABELS } from './column-cells'
import { ariaSortFor, SortHeader } from './sort-header'

/**
 * A statement table's markup, shared by the interactive table and the server-rendered one
 * shown until the page is interactive, so that the one replaces the other without a shift.
 */

const WIDTHS: Record<SortColumn, string> = {
  perspective: 'w-[14%]',
  speaker: 'w-[22%]',
  statement: 'w-[39%]',
  stance: 'w-[19%]',
  source: 'w-[20%]',
}
const COMBINED_WIDTHS: Record<SortColumn, string> = {
  perspective: 'w-[14%]',
  speaker: 'w-[17%]',
  statement: 'w-[39%]',
  stance: 'w-[14%]',
  source: 'w-[16%]',
}

function describeSorting(sorting: readonly ColumnSort[]): string {
  if (sorting.length === 0) return 'In source order'
  const parts = sorting.map((sort) => `${COLUMN_LABELS[sort.id]} ${sort.desc ? 'descending' : 'ascending'}`)
  return `Sorted by ${parts.join(', then ')}`
}

export interface HeaderState {
  id: SortColumn
  direction: false | 'asc' | 'desc'
  sortIndex: number
  onToggle: ((event: unknown) => void) | undefined
}

interface TableFrameProps {
  label: string
  colorIndex: number | null
  count: number
  totalRows: number
  withPerspective: boolean
  virtualized: boolean
  sorting: readonly ColumnSort[]
  headers: readonly HeaderState[]
  body: ReactNode
  onExport: () => void
  scrollerRef?: Ref<HTMLDivElement>
  headRef?: Ref<HTMLTableSectionElement>
}

export function TableFrame(props: TableFrameProps) {
  const { label, colorIndex, count, totalRows, withPerspective, virtualized, sorting, headers } = props
  const { body, onExport, scrollerRef, headRef } = props
  const color = colorIndex === null ? null : campColor(colorIndex)
  const widths = withPerspective ? COMBINED_WIDTHS : WIDTHS
  return (
    <div
      role="group"
      aria-label={label}
      className={`flex min-w-0 flex-col overflow-hidden rounded-lg border border-t-4 border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900 print:break-inside-auto print:shadow-none ${color ? color.rule : 'border-t-zinc-500'}`}
    >
      {/* Below 640 px the table keeps a readable width and scrolls inside its own,
          keyboard-focusable region; the page itself never scrolls sideways. */}
      <div
        ref={scrollerRef}
        role="region"
        aria-label={`${label}: statements table`}
        tabIndex={0}
        className={`relative focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 ${virtualized ? 'max-h-[75vh] overflow-auto' : 'overflow-x-auto sm:overflow-visible'}`}
      >
        <table
          aria-rowcount={virtualized ? count + 1 : undefined}
          className={`w-full table-fixed border-collapse text-left text-[0.8125rem] leading-snug sm:min-w-0 ${withPerspective ? 'min-w-[44rem]' : 'min-w-[36rem]'}`}
        >
          <caption
            className={`px-3 py-2 text-left text-base font-semibold ${color ? color.band : 'bg-zinc-100 text-zinc-950 dark:bg-zinc-800 dark:text-zinc-50'}`}
          >
            {label}
            <span className="font-normal">
              {' — '}
              {count === totalRows ? count : `${count} of ${totalRows}`} statement{totalRows === 1 ? '' : 's'}
            </span>
          </caption>
          <colgroup>
            {headers.map((header) => (
              <col key={header.id} className={widths[header.id]} />
            ))}
          </colgroup>
          <thead
            ref={headRef}
            className={`bg-zinc-50 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100 ${virtualized ? 'sticky top-0 z-10' : ''}`}
          >
            <tr aria-rowindex={virtualized ? 1 : undefined}>
              {headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSortFor(header.direction, header.sortIndex)}
                  className="border-b border-zinc-200 px-1.5 py-1.5 align-bottom font-semibold first:pl-2.5 dark:border-zinc-700"
                >
                  <SortHeader
                    label={COLUMN_LABELS[header.id]}
                    direction={header.direction}
                    sortIndex={header.sortIndex}
                    sortCount={sorting.length}
                    onToggle={header.onToggle}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {count === 0 ? (
              <tr>
                <td colSpan={headers.length} className="px-3 py-4 text-zinc-600 dark:text-zinc-300">
                  {totalRows === 0
                    ? 'No statements from this camp in the story’s sources.'
                    : 'No statements match the filters.'}
                </td>
              </tr>
            ) : (
              body
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
          onClick={onExport}
          aria-label={`Export CSV: ${label}`}
          className="rounded border border-zinc-300 bg-white px-2.5 py-1 text-xs font-semibold text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
        >
          Export CSV
        </button>
      </div>
    </div>
  )
}

interface RowViewProps {
  row: StatementRow
  columns: readonly SortColumn[]
  /** Windowed tables number their rows for assistive technology and measure them. */
  index?: number
  measureRef?: (element: HTMLTableRowElement | null) => void
}

/** One statement's row: each cell rendered by its column's cell component. */
export function StatementRowView({ row, columns, index, measureRef }: RowViewProps) {
  return (
    <tr
      id={`s-${row.id}`}
      tabIndex={-1}
      data-index={index}
      ref={measureRef}
      aria-rowindex={index === undefined ? undefined : index + 2}
      className="statement-row border-b border-zinc-100 align-top last:border-b-0 focus:outline-2 focus:-outline-offset-2 focus:outline-blue-600 dark:border-zinc-800 print:break-inside-avoid"
    >
      {columns.map((id) => {
        const Cell = CELLS[id]
        return (
          <td key={id} className="break-words px-1.5 py-2 first:pl-2.5">
            <Cell row={row} />
          </td>
        )
      })}
    </tr>
  )
}
