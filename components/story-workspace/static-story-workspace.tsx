'use client'

import type { ComponentType, ReactNode } from 'react'
import type { StanceFacet } from '@/lib/story/codebook'
import type { StatementFilters } from '@/lib/view/filters'
import type { ColumnSort } from '@/lib/view/sort'
import type { StaticView, TimelinePreview } from '@/lib/view/static-view'
import type { View } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import type { RowActionsApi } from '../statement-table/row-actions'
import { StaticStatementTable } from '../statement-table/static-statement-table'
import type { CsvEncoding } from './use-csv-encoding'
import type { TableProps } from './workspace-tables'
import { WorkspaceView } from './workspace-view'

const nothing = () => {}
// Until the page is interactive the row actions show but do nothing, as the tables'
// sort buttons do: the markup is the interactive workspace's, so nothing moves later.
const NO_ROW_ACTIONS = { showInSource: nothing }

/** What a view worked out on the server answers to, once its controls work (a large story's first page). */
export interface ViewControls {
  Table: ComponentType<TableProps>
  /** The filters as the user has set them, which the view may not follow yet. */
  filters: StatementFilters
  onFiltersChange: (change: Partial<StatementFilters>) => void
  onClearFilters: () => void
  onViewChange: (view: View) => void
  onClaimChange: (claimId: string | null) => void
  onPick: (segment: { perspectiveId: string; stance: StanceFacet } | null) => void
  onSortingChange: (tableId: string, sorting: ColumnSort[]) => void
  onExport: (tableId: string, rows: readonly StatementRow[]) => void
  onExportCsv: () => void
  onExportClaimsCsv: () => void
  onExportJson: () => void
  encoding: CsvEncoding
  onEncodingChange: (encoding: CsvEncoding) => void
  rowActions: RowActionsApi
}

type ShownView = StaticView & {
  preview?: TimelinePreview
  /** Rows that pass the filters, when the tables hold only their first page. */
  shown?: number
}

/**
 * The workspace as the server works it out from the shared view (filtered and sorted on
 * the server: lib/view/static-view.ts). Static, every statement is in the page's HTML, with
 * or without JavaScript, and the browser needs only this markup's code to show it. Given
 * `controls`, it is a large story's first page (lib/view/table-page.ts): its tables sort
 * and its filters filter, each answered by the server, until the story's data has arrived.
 */
export function StaticStoryWorkspace({
  view,
  perspectives,
  intro,
  controls,
}: {
  view: ShownView
  perspectives: WorkspacePerspective[]
  intro?: ReactNode
  controls?: ViewControls
}) {
  return (
    <WorkspaceView
      intro={intro}
      spread={view.spread}
      picked={view.picked}
      onPick={controls?.onPick ?? nothing}
      singleSourceLabel={view.singleSourceLabel}
      encoding={controls?.encoding ?? 'excel'}
      onEncodingChange={controls?.onEncodingChange ?? nothing}
      onExportCsv={controls?.onExportCsv ?? nothing}
      onExportClaimsCsv={controls?.onExportClaimsCsv ?? nothing}
      onExportJson={controls?.onExportJson ?? nothing}
      filters={controls?.filters ?? view.filters}
      counts={view.counts}
      perspectives={perspectives}
      total={view.totalRows}
      withNoStance={view.withNoStance}
      claims={view.claims}
      claim={view.claim}
      claimNotFound={view.claimNotFound}
      onClaimChange={controls?.onClaimChange ?? nothing}
      narrowed={view.narrowed}
      onFiltersChange={controls?.onFiltersChange ?? nothing}
      onClearFilters={controls?.onClearFilters ?? nothing}
      onViewChange={controls?.onViewChange ?? nothing}
      terms={view.terms}
      rowActions={controls?.rowActions ?? NO_ROW_ACTIONS}
      tables={{
        Table: controls?.Table ?? StaticStatementTable,
        view: view.view,
        campTables: view.campTables,
        combined: view.combined,
        filtered: view.filtered,
        shown: view.shown,
        totalRows: view.totalRows,
        claimMatrix: view.claimMatrix,
        visiblePerspectives: view.visiblePerspectives,
        // A first page sits in the windowed tables' frame, which the data's tables then fill.
        virtualized: controls !== undefined,
        withSource: view.withSource,
        onSortingChange: controls?.onSortingChange ?? nothing,
        onExport: controls?.onExport ?? nothing,
        registerReveal: () => nothing,
        onGoToStatement: nothing,
        storyId: view.storyId,
        byDate: view.byDate,
        extent: view.extent,
        range: { from: view.filters.from, to: view.filters.to },
        onRangeChange: nothing,
        timelinePreview: view.preview,
      }}
    />
  )
}
