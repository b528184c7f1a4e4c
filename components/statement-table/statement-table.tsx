'use client'

import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table'
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { isSortColumn, sortIsIdle, type ColumnSort, type SortColumn } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { itemsOnScreen } from '../on-screen'
import { columnIdsFor } from './column-cells'
import { columnsFor, statementFeatures } from './columns'
import type { StaticStatementTableProps } from './static-statement-table'
import { StatementRowView, TableFrame, type HeaderState } from './table-frame'

interface StatementTableProps extends StaticStatementTableProps {
  /** Both take the table id, so one stable function can serve every table. */
  onSortingChange: (tableId: string, sorting: ColumnSort[]) => void
  onExport: (tableId: string, rows: readonly StatementRow[]) => void
  /** A windowed table tells the page how to scroll a row into view; returns an unregister. */
  registerReveal: (tableId: string, reveal: (rowId: string) => boolean) => () => void
  /** Render only the rows in view, in a scrolling frame: for large stories. */
  virtualized?: boolean
  /**
   * A windowed table's rows were all just replaced (a new claim): draw only the rows the
   * browser window shows, and the rest of the scrolling window on the next render, which
   * the workspace makes in a transition. The table is aria-busy meanwhile.
   */
  onScreenOnly?: boolean
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

/** A row's height before it is measured: a card of a few lines. */
const ROW_ESTIMATE = 160

/**
 * The rows of a windowed table that show in the browser window, as laid out before this
 * render. Read while rendering because an event has just changed the rows and the layout
 * is still the last frame's.
 */
function rowsOnScreen(items: VirtualItem[], scroller: HTMLElement | null): VirtualItem[] {
  if (!scroller) return items
  const { top, bottom } = scroller.getBoundingClientRect()
  return itemsOnScreen(items, { top, bottom, scrollTop: scroller.scrollTop }, window.innerHeight)
}

function StatementTableInner(props: StatementTableProps) {
  const {
    tableId,
    label,
    colorIndex,
    rows: data,
    totalRows,
    matching,
    withPerspective = false,
    withSource = false,
    virtualized = false,
    onScreenOnly = false,
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
  // Rows render straight from the sorted data: the table library drives the headers'
  // sort state and toggles, and building its row model (one object per row, 12,500 per
  // camp at 50,000 statements) on every sort or keystroke would be wasted work.
  const columnIds = columnIdsFor(withPerspective, withSource)
  const count = data.length

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
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 3,
    // A row is measured from its ResizeObserver entry, after the browser's own layout. Read
    // as it mounts (offsetHeight), it would force a layout in the middle of React's commit:
    // at 50,000 statements every keystroke mounts dozens of new rows.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box) return Math.round(box.blockSize)
      const known = instance.itemSizeCache.get(
        instance.options.getItemKey(instance.indexFromElement(element)),
      )
      return known ?? (entry ? (element as HTMLElement).offsetHeight : ROW_ESTIMATE)
    },
    scrollMargin: headOffset,
    getItemKey: (index) => data[index]?.id ?? index,
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

  const headers: HeaderState[] = table.getHeaderGroups()[0]!.headers.map((header) => ({
    id: header.column.id as SortColumn,
    direction: header.column.getIsSorted(),
    sortIndex: header.column.getSortIndex(),
    onToggle: header.column.getToggleSortingHandler(),
  }))
  const windowed = virtualized ? virtualizer.getVirtualItems() : []
  const items = onScreenOnly && virtualized ? rowsOnScreen(windowed, scroller.current) : windowed
  // The spacers keep the scrolling frame's full height whichever rows are drawn.
  const padTop = !virtualized
    ? 0
    : items.length > 0
      ? items[0]!.start - headOffset
      : virtualizer.getTotalSize()
  const padBottom =
    virtualized && items.length > 0 ? virtualizer.getTotalSize() + headOffset - items.at(-1)!.end : 0
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={columnIds.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null

  return (
    <TableFrame
      label={label}
      colorIndex={colorIndex}
      rows={data}
      totalRows={totalRows}
      matching={matching}
      virtualized={virtualized}
      busy={onScreenOnly && virtualized}
      sorting={sorting}
      sortIdle={sortIsIdle(data, sorting)}
      headers={headers}
      onExport={() => onExport(tableId, data)}
      scrollerRef={scroller}
      headRef={head}
      body={
        virtualized ? (
          <>
            {spacer(padTop, 'top')}
            {items.map((item) => (
              <StatementRowView
                key={data[item.index]!.id}
                row={data[item.index]!}
                columns={columnIds}
                index={item.index}
                measureRef={virtualizer.measureElement}
              />
            ))}
            {spacer(padBottom, 'bottom')}
          </>
        ) : (
          data.map((row) => <StatementRowView key={row.id} row={row} columns={columnIds} />)
        )
      }
    />
  )
}
