'use client'

import type { ClaimMatrixRow } from '@/lib/view/claim-matrix'
import type { ColumnSort } from '@/lib/view/sort'
import type { TimelinePreview } from '@/lib/view/static-view'
import type { DateRange } from '@/lib/view/timeline'
import { COMBINED } from '@/lib/view/table-ids'
import type { View } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { lazy, type ComponentType, type RefObject } from 'react'
import type { StaticStatementTableProps } from '../statement-table/static-statement-table'
import { CampRow } from './camp-row'
import type { RevealRow } from './use-go-to-statement'
import type { CampTable } from './use-workspace-rows'

// Loaded when first needed, to keep the story page's first load light. React's own lazy,
// not next/dynamic, whose loader would itself be in that first load: it renders on the
// server all the same, and hydrates once its code is in.
const MatrixView = lazy(() => import('./matrix-view').then((m) => ({ default: m.MatrixView })))
// One import site for the matrix's code: the idle preloading (use-idle-preparation.ts) then
// fetches the very chunk the view renders from. With two sites the bundler made two chunks,
// and the first opening of the Claims view waited for the second one's download.
export const loadClaimMatrixView = () => import('./claim-matrix-view').then((m) => m.ClaimMatrixView)
const ClaimMatrixView = lazy(() => loadClaimMatrixView().then((view) => ({ default: view })))
// The timeline and its chart library load only when the Timeline view is opened.
const TimelineView = lazy(() =>
  import('../timeline/timeline-view').then((m) => ({ default: m.TimelineView })),
)

/** What a table is given; the interactive table uses every prop, the static one the first. */
export type TableProps = StaticStatementTableProps & {
  onSortingChange: (tableId: string, sorting: ColumnSort[]) => void
  onExport: (tableId: string, rows: readonly StatementRow[]) => void
  registerReveal: (tableId: string, reveal: RevealRow) => () => void
  virtualized?: boolean
  onScreenOnly?: boolean
}

export interface WorkspaceTablesProps {
  /** The interactive table, or the server-rendered one shown until the page is interactive. */
  Table: ComponentType<TableProps>
  view: View
  campTables: CampTable[]
  combined: { rows: readonly StatementRow[]; sorting: ColumnSort[]; sortIdle?: boolean; matching?: number }
  filtered: readonly StatementRow[]
  /** Rows that pass the filters, when the tables hold only their first page (none in `filtered`). */
  shown?: number
  totalRows: number
  /** The claim matrix's rows; empty unless the Claims view is open. */
  claimMatrix: readonly ClaimMatrixRow[]
  visiblePerspectives: readonly WorkspacePerspective[]
  virtualized: boolean
  /**
   * A new claim's rows are coming in: the windowed tables draw the rows on screen first,
   * the rest on the next render (a transition).
   */
  onScreenOnly?: boolean
  /** The story has several sources: rows cite theirs by number. */
  withSource: boolean
  onSortingChange: (tableId: string, sorting: ColumnSort[]) => void
  onExport: (tableId: string, rows: readonly StatementRow[]) => void
  registerReveal: (tableId: string, reveal: RevealRow) => () => void
  onGoToStatement: (rowId: string) => void
  storyId: string
  /** The filtered rows in date order; empty unless the Timeline view is open. */
  byDate: readonly StatementRow[]
  extent: [number, number] | null
  range: DateRange
  onRangeChange: (range: DateRange) => void
  /** A large story's timeline as the server drew it, before the page is interactive. */
  timelinePreview?: TimelinePreview
  /** The element the view is drawn in (set by WorkspaceView). */
  frame?: RefObject<HTMLElement | null>
}

/** The statements in the chosen view: one table per camp, one combined table, the matrix or the timeline. */
export function WorkspaceTables(props: WorkspaceTablesProps) {
  const { Table, view, campTables, combined, virtualized, onSortingChange, onExport, registerReveal } = props
  const onScreenOnly = props.onScreenOnly ?? false
  if (view === 'timeline')
    return (
      <TimelineView
        storyId={props.storyId}
        rows={props.byDate}
        perspectives={props.visiblePerspectives}
        extent={props.extent}
        range={props.range}
        onRangeChange={props.onRangeChange}
        onGoToStatement={props.onGoToStatement}
        preview={props.timelinePreview}
      />
    )
  if (view === 'matrix')
    return (
      <MatrixView
        perspectives={props.visiblePerspectives}
        rows={props.filtered}
        onGoToStatement={props.onGoToStatement}
      />
    )
  if (view === 'claims')
    return (
      <ClaimMatrixView
        storyId={props.storyId}
        deferSpeakers={virtualized}
        frame={props.frame}
        perspectives={props.visiblePerspectives}
        rows={props.claimMatrix}
        statements={props.filtered.length}
        onGoToStatement={props.onGoToStatement}
      />
    )
  if (view === 'combined')
    return (
      <Table
        tableId={COMBINED}
        label="All camps"
        colorIndex={null}
        rows={combined.rows}
        matching={combined.matching}
        totalRows={props.totalRows}
        withPerspective
        withSource={props.withSource}
        sorting={combined.sorting}
        sortIdle={combined.sortIdle}
        onSortingChange={onSortingChange}
        onExport={onExport}
        registerReveal={registerReveal}
        virtualized={virtualized}
        onScreenOnly={onScreenOnly}
      />
    )
  return (
    <CampRow count={campTables.length}>
      {campTables.map(({ perspective, rows, total, matching, sorting, sortIdle }) => (
        <Table
          key={perspective.id}
          tableId={perspective.id}
          label={perspective.label}
          colorIndex={perspective.index}
          rows={rows}
          matching={matching}
          totalRows={total}
          sorting={sorting}
          sortIdle={sortIdle}
          onSortingChange={onSortingChange}
          onExport={onExport}
          registerReveal={registerReveal}
          withSource={props.withSource}
          virtualized={virtualized}
          onScreenOnly={onScreenOnly}
        />
      ))}
    </CampRow>
  )
}
