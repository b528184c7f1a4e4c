'use client'

import dynamic from 'next/dynamic'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { StanceFacet } from '@/lib/story/codebook'
import { searchTerms } from '@/lib/view/search'
import { stanceSpread } from '@/lib/view/spread'
import type { ColumnSort } from '@/lib/view/sort'
import type { DateRange } from '@/lib/view/timeline'
import type { WorkspaceData } from '@/lib/view/workspace-data'
import { StatementTable } from '../statement-table/statement-table'
import { useStatementEditing } from '../statement-edit/use-statement-editing'
import { useCsvEncoding } from './use-csv-encoding'
import { useEvidence } from './use-evidence'
import { useExports } from './use-exports'
import { useGoToStatement } from './use-go-to-statement'
import { useIdlePreparation } from './use-idle-preparation'
import { pickFilters, useStoryUrlState, type StoryUrlStateApi } from './use-story-url-state'
import { useWorkspaceRows } from './use-workspace-rows'
import { WorkspaceView } from './workspace-view'

export interface StoryWorkspaceProps {
  data: WorkspaceData
  /** The story's question, rendered on the server, shown beside the stance spread. */
  intro?: React.ReactNode
  /** Render rows in a scrolling window: for stories too large to lay out whole. */
  virtualized?: boolean
  /** The signed-in user may edit: the Actions menu gains Edit, History and Delete. */
  canEdit?: boolean
}

// Loaded when first needed, to keep the story page's first load light.
const EvidenceDialog = dynamic(() => import('./evidence-dialog').then((m) => m.EvidenceDialog), {
  ssr: false,
})

/**
 * The interactive part of a story page: filters, views, exports and the evidence
 * dialog, all driven by the query string so any view can be shared as a link.
 */
export function StoryWorkspace(props: StoryWorkspaceProps) {
  const { perspectives } = props.data
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  return <Workspace {...props} url={useStoryUrlState(perspectiveIds)} />
}

/**
 * The workspace with the query-string adapter it reads through: the adapter comes with the
 * workspace's code, after first paint, rather than in every page's first load.
 */
export function StoryWorkspaceWithUrl(props: StoryWorkspaceProps) {
  return (
    <NuqsAdapter>
      <StoryWorkspace {...props} />
    </NuqsAdapter>
  )
}

/** What was asked for before a large story's data had arrived, done once it has. */
export type Waiting =
  | { kind: 'csv' | 'claims-csv' | 'json' }
  | { kind: 'table'; tableId: string }
  | { kind: 'source'; rowId: string }

/** The workspace over state held by its caller (a large story's, which outlives its first page). */
export function Workspace({
  data,
  intro,
  virtualized = false,
  canEdit = false,
  url,
  waiting = null,
  onDone,
}: StoryWorkspaceProps & {
  url: StoryUrlStateApi
  waiting?: Waiting | null
  onDone?: () => void
}) {
  const { storyId, contentHash, perspectives, rows, sources, events, claims, nonResponses } = data
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const { view } = url
  // The state object is rebuilt on every render; its parts are stable while unchanged.
  const { q, perspective, stance, kind, channel, from, to, claim } = url.filters
  const filtersKey = JSON.stringify([q, perspective, stance, kind, channel, from, to, claim])
  const filters = useMemo(
    () => ({ q, perspective, stance, kind, channel, from, to, claim }),
    // Keyed on the values, not the arrays' identity, which the URL state may renew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtersKey],
  )
  // A new claim replaces every camp's rows at once, four times a sort's one table: the
  // first render draws the count, the picker and the rows on screen; the tables' other
  // rows follow in a render of the deferred claim, which gives way to input.
  const settledClaim = useDeferredValue(claim)
  const onScreenOnly = virtualized && settledClaim !== claim
  const [encoding, setEncoding] = useCsvEncoding()
  useIdlePreparation(rows, virtualized, { claims, perspectiveIds, nonResponses })

  // A stable callback for the (memoised) tables and timeline, reading the latest state through a ref.
  const latestUrl = useRef(url)
  useLayoutEffect(() => {
    latestUrl.current = url
  })
  const revealAll = useCallback(() => latestUrl.current.revealAll(), [])
  const shown = useWorkspaceRows(rows, perspectives, filters, url.sortFor, view, claims, nonResponses)
  const { filtered, campTables } = shown
  const isShown = useCallback(
    (rowId: string) =>
      view !== 'matrix' &&
      view !== 'claims' &&
      view !== 'timeline' &&
      filtered.some((row) => row.id === rowId),
    [view, filtered],
  )
  const { goToStatement, registerReveal } = useGoToStatement({ rows, isShown, revealAll })
  const evidence = useEvidence({ rows, events, goToStatement })
  const editing = useStatementEditing({ storyId, canEdit, rows, sources })
  const chosen = shown.claim
  const rowActions = useMemo(
    () => ({
      ...evidence.rowActions,
      ...(editing.actions ?? {}),
      claim: chosen ? { wording: chosen.wording } : null,
    }),
    [evidence.rowActions, editing.actions, chosen],
  )
  const exports = useExports({
    storyId,
    contentHash,
    perspectiveIds,
    url,
    filters,
    view,
    bom: encoding === 'excel',
    shownRows: shown.shownRows,
    claims,
    claim: chosen,
    perspectives: shown.visiblePerspectives,
    nonResponses,
  })

  // Once, as the data's workspace first shows: the export or source asked for while it loaded.
  const runWaiting = useRef<(() => void) | null>(null)
  useLayoutEffect(() => {
    runWaiting.current = () => {
      if (!waiting) return
      if (waiting.kind === 'source') {
        // Focus returns to the row's Actions button when the source is closed.
        const from = document.querySelector<HTMLElement>(`#s-${CSS.escape(waiting.rowId)} [aria-haspopup]`)
        evidence.rowActions.showInSource(waiting.rowId, from ?? document.body)
      } else if (waiting.kind === 'table') {
        const { tableId } = waiting
        const table = campTables.find((t) => t.perspective.id === tableId)
        exports.exportTable(tableId, table ? table.rows : shown.combined.rows)
      } else if (waiting.kind === 'csv') exports.exportAllCsv()
      else if (waiting.kind === 'claims-csv') void exports.exportClaimsCsv()
      else void exports.exportJson()
      onDone?.()
    }
  })
  useEffect(() => runWaiting.current?.(), [waiting])

  const setSortFor = useCallback(
    (tableId: string, sorting: ColumnSort[]) => latestUrl.current.setSortFor(tableId, sorting),
    [],
  )
  // Stable while unchanged, so that the (memoised) timeline skips the render that follows
  // the address bar catching up with a brush.
  const range = useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to])
  const setRange = useCallback((next: DateRange) => latestUrl.current.setFilters(next), [])
  const terms = useMemo(() => searchTerms(filters.q), [filters.q])
  const claimRows = shown.rows
  const spread = useMemo(() => stanceSpread(claimRows, perspectiveIds), [claimRows, perspectiveIds])
  const withNoStance = useMemo(() => claimRows.some((row) => row.stance === null), [claimRows])
  const picked =
    perspective.length === 1 && stance.length === 1
      ? { perspectiveId: perspective[0]!, stance: stance[0]! }
      : null
  const pick = (segment: { perspectiveId: string; stance: StanceFacet } | null) =>
    url.setFilters(pickFilters(segment))
  const single = sources.length === 1 ? sources[0]! : null

  return (
    <WorkspaceView
      intro={intro}
      spread={spread}
      picked={picked}
      onPick={pick}
      singleSourceLabel={single ? single.label : null}
      encoding={encoding}
      onEncodingChange={setEncoding}
      onExportCsv={exports.exportAllCsv}
      onExportJson={exports.exportJson}
      filters={filters}
      counts={shown.counts}
      perspectives={perspectives}
      total={claimRows.length}
      withNoStance={withNoStance}
      claims={claims}
      claim={chosen}
      claimNotFound={shown.claimNotFound}
      onClaimChange={(id) => url.setFilters({ claim: id })}
      onExportClaimsCsv={exports.exportClaimsCsv}
      narrowed={shown.narrowed}
      onFiltersChange={url.setFilters}
      onClearFilters={url.clearFilters}
      onViewChange={url.setView}
      terms={terms}
      rowActions={rowActions}
      tables={{
        Table: StatementTable,
        view,
        campTables,
        combined: shown.combined,
        filtered,
        totalRows: claimRows.length,
        claimMatrix: shown.claimMatrix,
        visiblePerspectives: shown.visiblePerspectives,
        virtualized,
        onScreenOnly,
        withSource: sources.length > 1,
        onSortingChange: setSortFor,
        onExport: exports.exportTable,
        registerReveal,
        onGoToStatement: goToStatement,
        storyId,
        byDate: shown.byDate,
        extent: shown.extent,
        range,
        onRangeChange: setRange,
      }}
      dialog={
        <>
          {evidence.evidence ? (
            <EvidenceDialog
              source={sources.find((s) => s.id === evidence.evidence?.sourceId) ?? null}
              anchors={evidence.anchors}
              chosen={evidence.evidence.targetId}
              legend={perspectives}
              onClose={evidence.close}
              onGoTo={evidence.goFrom}
            />
          ) : null}
          {editing.dialog}
        </>
      }
    />
  )
}
