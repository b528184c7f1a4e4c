'use client'

import type { ColumnSort } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { columnIdsFor } from './column-cells'
import { StatementRowView, TableFrame, type HeaderState } from './table-frame'

export interface StaticStatementTableProps {
  tableId: string
  label: string
  colorIndex: number | null
  rows: readonly StatementRow[]
  totalRows: number
  withPerspective?: boolean
  withSource?: boolean
  sorting: ColumnSort[]
}

const nothing = () => {}

/**
 * The table as the server renders it, before the page is interactive: the same markup as
 * StatementTable (same frame, same rows), with none of the table library's code.
 */
export function StaticStatementTable(props: StaticStatementTableProps) {
  const { label, colorIndex, rows, totalRows, withPerspective = false, withSource = false, sorting } = props
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
      virtualized={false}
      sorting={sorting}
      headers={headers}
      onExport={nothing}
      body={rows.map((row) => (
        <StatementRowView key={row.id} row={row} columns={columnIds} />
      ))}
    />
  )
}
