'use client'

import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { isSortColumn, sortChangesNothing, type ColumnSort, type SortColumn } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { campColor } from '../camp-colors'
import { COLUMN_LABELS, columnsFor, statementFeatures } from './columns'
import { ariaSortFor, SortHeader } from './sort-header'

interface StatementTableProps {
  /** A perspective id, or "combined". */
  tableId: string
  label: string
  /** The camp's colour; null for the combined table. */
  colorIndex: number | null
  /** Already filtered and sorted (lib/view/sort.ts): rendered in the order given. */
  rows: readonly StatementRow[]
  /** Rows before filtering, for "2 of 4 statements". */
  totalRows: number
  withPerspective?: boolean
  /** A Source column citing each row's source by number: stories of several sources. */
  withSource?: boolean
  /** This table's sort, for its headers; the rows already follow it. */
  sorting: ColumnSort[]
  /** Both take the table id, so one stable function can serve every table. */
  onSortingChange: (tableId: string, sorting: ColumnSort[]) => void
  onExport: (tableId: string, rows: readonly StatementRow[]) => void
  /** A windowed table tells the page how to scroll a row into view; returns an unregister. */
  registerReveal: (tableId: string, reveal: (rowId: string) => boolean) => () => void
  /** Render only the rows in view, in a scrolling frame: for large stories. */
  virtualized?: boolean
}

// The statement takes the room; a Source cell is a short number.
const WIDTHS: Record<SortColumn, number> = {
  perspective: 15,
  speaker: 25,
  statement: 52,
  stance: 23,
  source: 9,
}

function describeSorting(sorting: readonly ColumnSort[], rows: readonly StatementRow[]): string {
  if (sorting.length === 0) return 'In source order'
  const parts = sorting.map((sort) => `${COLUMN_LABELS[sort.id]} ${sort.desc ? 'descending' : 'ascending'}`)
  // Said plainly when the sort cannot show anything: every row has the same value.
  const idle = rows.length > 1 && sortChangesNothing(rows, sorting[0]!.id)
  const note = idle
    ? ` (every row has the same ${COLUMN_LABELS[sorting[0]!.id].toLowerCase()}, so the order is unchanged)`
    : ''
  return `Sorted by ${parts.join(', then ')}${note}`
}

/**
 * Re-rendering one table must not re-render the others: at 50,000 statements a sort in
 * one camp would otherwise redraw every camp's rows. Sorting arrays compare by value.
 */
export const StatementTable = memo(StatementTableInner, (prev, next) =>
  (Object.keys(next) as (keyof StatementTableProps)[]).every((key) =>
    key === 'sorting'
      ? JSON.stringify(prev.sorting) === JSON.stringify(next.sorting)
      : prev[key] === next[key],
  ),
)

function StatementTableInner(props: StatementTableProps) {
  const {
    tableId,
    label,
    colorIndex,
    rows: data,
    totalRows,
    withPerspective = false,
    withSource = false,
    virtualized = false,
  } = props
  const { sorting, onSortingChange, onExport, registerReveal } = props
  const columns = columnsFor(withPerspective, withSource)
  // The library keeps its own copy of the data; a readonly array is never changed by it.
  const mutableData = data as StatementRow[]

  const table = useTable({
    features: statementFeatures,
    columns,
    data: mutableData,
    getRowId: (row) => row.id,
    // The rows arrive sorted; the table only shows and changes the sort state.
    manualSorting: true,
    // Every column starts ascending; the library would start non-text columns descending.
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next: SortingState = functionalUpdate(updater, sorting)
      onSortingChange(
        tableId,
        next.flatMap((sort) => (isSortColumn(sort.id) ? [{ id: sort.id, desc: sort.desc }] : [])),
      )
    },
  })
  const rows = table.getRowModel().rows
  const color = colorIndex === null ? null : campColor(colorIndex)
  const count = data.length
  const widthTotal = columns.reduce((sum, col) => sum + WIDTHS[col.id as SortColumn], 0)

  // Windowing: only the rows near the scroll position are in the DOM. The caption and
  // header sit above the rows inside the same scroller, hence the scroll margin.
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const [headOffset, setHeadOffset] = useState(0)
  useLayoutEffect(() => {
    if (!virtualized || !head.current) return
    setHeadOffset(head.current.offsetTop + head.current.offsetHeight)
  }, [virtualized])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's own state drives re-renders
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 160,
    overscan: 6,
    scrollMargin: headOffset,
    getItemKey: (index) => rows[index]?.id ?? index,
    enabled: virtualized,
  })

  useEffect(
    () =>
      virtualized
        ? registerReveal(tableId, (rowId) => {
            const index = data.findIndex((row) => row.id === rowId)
            if (index === -1) return false
            virtualizer.scrollToIndex(index, { align: 'center' })
            return true
          })
        : undefined,
    [registerReveal, tableId, data, virtualized, virtualizer],
  )

  const items = virtualized ? virtualizer.getVirtualItems() : []
  const padTop = virtualized && items.length > 0 ? items[0]!.start - headOffset : 0
  const padBottom =
    virtualized && items.length > 0 ? virtualizer.getTotalSize() + headOffset - items.at(-1)!.end : 0
  const renderRow = (row: (typeof rows)[number], index: number) => (
    <tr
      key={row.id}
      id={`s-${row.id}`}
      tabIndex={-1}
      data-index={virtualized ? index : undefined}
      ref={virtualized ? virtualizer.measureElement : undefined}
      aria-rowindex={virtualized ? index + 2 : undefined}
      className="statement-row border-b border-zinc-100 align-top last:border-b-0 focus:outline-2 focus:-outline-offset-2 focus:outline-blue-600 dark:border-zinc-800 print:break-inside-avoid"
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} data-col={cell.column.id} className="break-words px-1.5 py-2 first:pl-2.5">
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null

  return (
    <div
      role="group"
      aria-label={label}
      className={`camp-table flex min-w-0 flex-col rounded-lg border border-t-4 border-zinc-200 bg-white shadow-sm dark:border-zinc-700 dark:bg-zinc-900 print:shadow-none ${color ? color.rule : 'border-t-zinc-500'}`}
    >
      {/* A windowed table scrolls inside its own keyboard-focusable region. Otherwise the
          rows become cards in a narrow frame, such as a camp's column or a phone (globals.css), so nothing ever
          scrolls sideways. */}
      <div
        ref={scroller}
        role={virtualized ? 'region' : undefined}
        aria-label={virtualized ? `${label}: statements table` : undefined}
        tabIndex={virtualized ? 0 : undefined}
        className={`relative focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 ${virtualized ? 'max-h-[75vh] overflow-auto' : ''}`}
      >
        <table
          aria-rowcount={virtualized ? rows.length + 1 : undefined}
          className="statement-table w-full table-fixed border-collapse text-left text-[0.8125rem] leading-snug"
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
            {table.getAllLeafColumns().map((col) => (
              <col key={col.id} style={{ width: `${(100 * WIDTHS[col.id as SortColumn]) / widthTotal}%` }} />
            ))}
          </colgroup>
          <thead
            ref={head}
            className={`bg-zinc-50 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100 print:hidden ${virtualized ? 'sticky top-0 z-10' : ''}`}
          >
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={virtualized ? 1 : undefined}>
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
                        label={COLUMN_LABELS[header.column.id as SortColumn]}
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
                <td colSpan={columns.length} className="px-3 py-4 text-zinc-600 dark:text-zinc-300">
                  {totalRows === 0
                    ? 'No statements from this camp in the story’s sources.'
                    : 'No statements match the filters.'}
                </td>
              </tr>
            ) : virtualized ? (
              <>
                {spacer(padTop, 'top')}
                {items.map((item) => renderRow(rows[item.index]!, item.index))}
                {spacer(padBottom, 'bottom')}
              </>
            ) : (
              rows.map((row, index) => renderRow(row, index))
            )}
          </tbody>
        </table>
      </div>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 border-t border-zinc-200 px-3 py-2 dark:border-zinc-700 print:hidden">
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-300">
          {describeSorting(sorting, data)}
        </p>
        <button
          type="button"
          onClick={() => onExport(tableId, data)}
          aria-label={`Export CSV: ${label}`}
          className="rounded border border-zinc-300 bg-white px-2.5 py-1 text-xs font-semibold text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700"
        >
          Export CSV
        </button>
      </div>
    </div>
  )
}
