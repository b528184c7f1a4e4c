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

// The statement takes the room; a Source cell is a short number.
const WIDTHS: Record<SortColumn, number> = {
  perspective: 15,
  speaker: 25,
  statement: 52,
  stance: 23,
  source: 9,
}

function describeSorting(sorting: readonly ColumnSort[], idle: boolean): string {
  if (sorting.length === 0) return 'In source order'
  const parts = sorting.map((sort) => `${COLUMN_LABELS[sort.id]} ${sort.desc ? 'descending' : 'ascending'}`)
  // Said plainly when the sort cannot show anything: every row has the same value.
  const note = idle
    ? ` (every row has the same ${COLUMN_LABELS[sorting[0]!.id].toLowerCase()}, so the order is unchanged)`
    : ''
  return `Sorted by ${parts.join(', then ')}${note}`
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
  /** The rows shown; only their count is rendered here. */
  rows: readonly StatementRow[]
  totalRows: number
  /** Rows that pass the filters, when `rows` holds only the first of them. */
  matching?: number
  virtualized: boolean
  /** Rows are still being drawn (off-screen ones after the first frame). */
  busy?: boolean
  sorting: readonly ColumnSort[]
  /** The sort ties on every row (lib/view/sort.ts sortIsIdle), so the order is unchanged. */
  sortIdle: boolean
  headers: readonly HeaderState[]
  body: ReactNode
  onExport: () => void
  scrollerRef?: Ref<HTMLDivElement>
  headRef?: Ref<HTMLTableSectionElement>
}

export function TableFrame(props: TableFrameProps) {
  const { label, colorIndex, rows, totalRows, virtualized, busy = false, sorting, sortIdle, headers } = props
  const { body, onExport, scrollerRef, headRef } = props
  const color = colorIndex === null ? null : campColor(colorIndex)
  const count = props.matching ?? rows.length
  const widthTotal = headers.reduce((sum, header) => sum + WIDTHS[header.id], 0)
  return (
    <div
      role="group"
      aria-label={label}
      aria-busy={busy || undefined}
      className={`camp-table ${color ? color.rule : 'border-t-zinc-500 dark:border-t-zinc-700'}`}
    >
      {/* A windowed table scrolls inside its own keyboard-focusable region. Otherwise the
          rows become cards in a narrow frame, such as a camp's column or a phone (globals.css), so nothing ever
          scrolls sideways. */}
      <div
        ref={scrollerRef}
        role={virtualized ? 'region' : undefined}
        aria-label={virtualized ? `${label}: statements table` : undefined}
        tabIndex={virtualized ? 0 : undefined}
        className={`relative focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 ${virtualized ? 'max-h-[75vh] overflow-auto' : ''}`}
      >
        <table aria-rowcount={virtualized ? count + 1 : undefined} className="statement-table">
          <caption
            className={color ? color.band : 'bg-zinc-100 text-zinc-950 dark:bg-zinc-800 dark:text-zinc-50'}
          >
            {label}
            <span className="font-normal">
              {' — '}
              {count === totalRows ? count : `${count} of ${totalRows}`} statement{totalRows === 1 ? '' : 's'}
            </span>
          </caption>
          <colgroup>
            {headers.map((header) => (
              <col key={header.id} style={{ width: `${(100 * WIDTHS[header.id]) / widthTotal}%` }} />
            ))}
          </colgroup>
          <thead
            ref={headRef}
            className={`bg-zinc-50 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100 print:hidden ${virtualized ? 'sticky top-0 z-10' : ''}`}
          >
            <tr aria-rowindex={virtualized ? 1 : undefined}>
              {headers.map((header) => (
                <th key={header.id} scope="col" aria-sort={ariaSortFor(header.direction, header.sortIndex)}>
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
      <div className="table-footer">
        <p role="status" className="row-note">
          {describeSorting(sorting, sortIdle)}
        </p>
        <button type="button" onClick={onExport} aria-label={`Export CSV: ${label}`}>
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
      className="statement-row"
    >
      {columns.map((id) => {
        const Cell = CELLS[id]
        return (
          <td key={id} data-col={id}>
            <Cell row={row} />
          </td>
        )
      })}
    </tr>
  )
}
