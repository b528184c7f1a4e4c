'use client'

import type { ReactNode } from 'react'
import type { StaticView, TimelinePreview } from '@/lib/view/static-view'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { StaticStatementTable } from '../statement-table/static-statement-table'
import { WorkspaceView } from './workspace-view'

const nothing = () => {}
// Until the page is interactive the row actions show but do nothing, as the tables'
// sort buttons do: the markup is the interactive workspace's, so nothing moves later.
const NO_ROW_ACTIONS = { showInSource: nothing }

/**
 * The workspace as the server renders it from the shared view (filtered and sorted on the
 * server: lib/view/static-view.ts): every statement is in the page's HTML, with or
 * without JavaScript, and the browser needs only this markup's code to show it.
 */
export function StaticStoryWorkspace({
  view,
  perspectives,
  intro,
}: {
  view: StaticView & { preview?: TimelinePreview }
  perspectives: WorkspacePerspective[]
  intro?: ReactNode
}) {
  return (
    <WorkspaceView
      intro={intro}
      spread={view.spread}
      picked={view.picked}
      onPick={nothing}
      singleSourceLabel={view.singleSourceLabel}
      encoding="excel"
      onEncodingChange={nothing}
      onExportCsv={nothing}
      onExportClaimsCsv={nothing}
      onExportJson={nothing}
      filters={view.filters}
      counts={view.counts}
      perspectives={perspectives}
      total={view.totalRows}
      withNoStance={view.withNoStance}
      claims={view.claims}
      claim={view.claim}
      claimNotFound={view.claimNotFound}
      onClaimChange={nothing}
      narrowed={view.narrowed}
      onFiltersChange={nothing}
      onClearFilters={nothing}
      onViewChange={nothing}
      terms={view.terms}
      rowActions={NO_ROW_ACTIONS}
      tables={{
        Table: StaticStatementTable,
        view: view.view,
        campTables: view.campTables,
        combined: view.combined,
        filtered: view.filtered,
        totalRows: view.totalRows,
        claimMatrix: view.claimMatrix,
        visiblePerspectives: view.visiblePerspectives,
        virtualized: false,
        withSource: view.withSource,
        onSortingChange: nothing,
        onExport: nothing,
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
