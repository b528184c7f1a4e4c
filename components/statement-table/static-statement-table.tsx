'use client'

import type { ColumnSort } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { columnIdsFor } from './column-cells'
import { StatementRowView, TableFrame, type HeaderState } from './table-frame'

/** What every statement table shows; the interactive one adds its callbacks. */
export interface StaticStatementTableProps {
  /** A perspective id, or "combined". */
  tableId: string
  label: string
  /** The camp's colour; null for the combined table. */
  colorIndex: number | null
  /** Already filtered and sorted (lib/view/sort.ts): rendered in the order given. */
  rows: readonly StatementRow[]
  /** Rows before filtering, for "2 of 4 statements". */
  totalRows: number
  /** Rows that pass the filters, when `rows` holds only the first of them (lib/view/table-page.ts). */
  matching?: number
  withPerspective?: boolean
  /** A Source column citing each row's source by number: stories of several sources. */
  withSource?: boolean
  /** This table's sort, for its headers; the rows already follow it. */
  sorting: ColumnSort[]
  /**
   * The sort ties on every row, as the server worked it out (lib/view/static-view.ts): the
   * static table says so without the sort's code. The interactive table works it out itself.
   */
  sortIdle?: boolean
}

const nothing = () => {}

/**
 * The table as the server renders it, before the page is interactive: the same markup as
 * StatementTable (same frame, same rows), with none of the table library's code.
 */
export function StaticStatementTable(props: StaticStatementTableProps) {
  const { label, colorIndex, rows, totalRows, matching, withPerspective = false, withSource = false } = props
  const { sorting, sortIdle = false } = props
  const columnIds = columnIdsFor(withPerspective, withSource)
  const headers = columnIds.map((id): HeaderState => {
    const sortIndex = sorting.findIndex((sort) => sort.id === id)
    const direction = sortIndex === -1 ? false : sorting[sortIndex]!.desc ? 'desc' : 'asc'
    return { id, direction, sortIndex, onToggle: nothing }
  })
  return (
    <TableFrame
      label={label}
      colorIndex={colorIndex}
      rows={rows}
      totalRows={totalRows}
      matching={matching}
      virtualized={false}
      sorting={sorting}
      sortIdle={sortIdle}
      headers={headers}
      onExport={nothing}
      body={rows.map((row) => (
        <StatementRowView key={row.id} row={row} columns={columnIds} />
      ))}
    />
  )
}
