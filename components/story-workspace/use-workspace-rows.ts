'use client'

import { useMemo, useState } from 'react'
import { claimMatrix } from '@/lib/view/claim-matrix'
import { selectClaim } from '@/lib/view/claim-rows'
import type { ClaimView, NonResponseView } from '@/lib/view/claims'
import { filterAndCount, isFiltered, type StatementFilters } from '@/lib/view/filters'
import { groupBy } from '@/lib/view/group'
import { createTableSorter, sortsForTable, type ColumnSort } from '@/lib/view/sort'
import { dayExtent } from '@/lib/view/stance-chart'
import { dateOrder } from '@/lib/view/timeline'
import { COMBINED, type View } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'

const NO_ROWS: readonly StatementRow[] = []

export interface CampTable {
  perspective: WorkspacePerspective
  /** Filtered and sorted: the table renders them as given. */
  rows: readonly StatementRow[]
  total: number
  /** Rows that pass the filters, when `rows` holds only the first page of them. */
  matching?: number
  sorting: ColumnSort[]
  /** Worked out by the server for its static tables (the interactive ones do it themselves). */
  sortIdle?: boolean
}

/**
 * Filtering and sorting for the workspace, in that order, from the URL state: the claim
 * filter picks the rows (each showing its stance on the claim), the other filters narrow
 * them. The tables render these rows and the exports read the same ones, so what is saved
 * is exactly what is shown.
 */
export function useWorkspaceRows(
  storyRows: readonly StatementRow[],
  perspectives: readonly WorkspacePerspective[],
  filters: StatementFilters,
  sortFor: (tableId: string) => ColumnSort[],
  /** Only the view on screen is sorted: a keystroke at 50,000 rows sorts one view, not four. */
  view: View,
  claims: readonly ClaimView[],
  nonResponses: readonly NonResponseView[],
) {
  const timeline = view === 'timeline'
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const selection = useMemo(
    () => selectClaim(storyRows, claims, filters.claim),
    [storyRows, claims, filters.claim],
  )
  const rows = selection.rows
  // On the timeline the rows come out in date order (sorted once per story), and only there.
  const { rows: filtered, counts } = useMemo(
    () => filterAndCount(rows, filters, perspectiveIds, timeline ? dateOrder(rows) : undefined),
    [rows, filters, perspectiveIds, timeline],
  )
  // Per-camp arrays keep their identity between renders, so a table whose rows did not
  // change is not re-sorted or re-rendered.
  const side = view === 'side'
  const byCamp = useMemo(
    () => (side ? groupBy(filtered, (row) => row.perspectiveId) : null),
    [filtered, side],
  )
  const totalsByCamp = useMemo(() => {
    const totals = new Map<string, number>()
    for (const row of rows) totals.set(row.perspectiveId, (totals.get(row.perspectiveId) ?? 0) + 1)
    return totals
  }, [rows])
  // One sorter per workspace, kept across renders (it remembers each table's last sort).
  const [sorter] = useState(createTableSorter)

  const visible = useMemo(
    () =>
      filters.perspective.length > 0
        ? perspectives.filter((p) => filters.perspective.includes(p.id))
        : perspectives,
    [perspectives, filters.perspective],
  )
  const campTables: CampTable[] = !side
    ? []
    : visible.map((perspective) => {
        const sorting = sortsForTable(sortFor(perspective.id), false)
        return {
          perspective,
          sorting,
          total: totalsByCamp.get(perspective.id) ?? 0,
          rows: sorter(perspective.id, byCamp?.get(perspective.id) ?? NO_ROWS, sorting),
        }
      })
  const byDate = timeline ? filtered : NO_ROWS
  const extent = useMemo(() => (timeline ? dayExtent(rows) : null), [rows, timeline])
  const combinedSorting = sortFor(COMBINED)
  const combined = view === 'combined' ? sorter(COMBINED, filtered, combinedSorting) : NO_ROWS

  // The claim matrix: every claim, or only the chosen one, over the camps shown.
  const claimRows = useMemo(
    () =>
      view === 'claims'
        ? claimMatrix(
            filtered,
            selection.claim ? [selection.claim] : claims,
            visible.map((p) => p.id),
            nonResponses,
            claims[0]!.id,
          )
        : [],
    [view, filtered, selection.claim, claims, visible, nonResponses],
  )

  /** The rows on screen in the view, in their order: what "Export all" saves. */
  const shownRows = (): readonly StatementRow[] =>
    view === 'combined'
      ? combined
      : view === 'matrix' || view === 'claims'
        ? // The matrices list camps in the story's order; their export follows it.
          sorter('matrix', filtered, [{ id: 'perspective', desc: false }])
        : view === 'timeline'
          ? byDate
          : campTables.flatMap((table) => table.rows)

  return {
    /** The rows the claim filter picked, before the other filters. */
    rows,
    claim: selection.claim,
    claimNotFound: selection.notFound,
    claimMatrix: claimRows,
    filtered,
    counts,
    narrowed: isFiltered(filters),
    visiblePerspectives: visible,
    campTables,
    combined: { rows: combined, sorting: combinedSorting },
    byDate,
    extent,
    shownRows,
  }
}
