'use client'

import dynamic from 'next/dynamic'
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { searchTerms } from '@/lib/view/search'
import type { ColumnSort } from '@/lib/view/sort'
import type { StoryUrlState } from '@/lib/view/url-state'
import type { WorkspaceData } from '@/lib/view/workspace-data'
import { SearchTermsContext } from '../statement-table/highlight'
import { RowActionsContext } from '../statement-table/row-actions'
import { ExportControls } from './export-controls'
import { FilterToolbar } from './filter-toolbar'
import { useCsvEncoding } from './use-csv-encoding'
import { useEvidence } from './use-evidence'
import { useExports } from './use-exports'
import { useGoToStatement } from './use-go-to-statement'
import { useIdlePreparation } from './use-idle-preparation'
import { urlStateApi, useStoryUrlState, type StoryUrlStateApi } from './use-story-url-state'
import { useWorkspaceRows } from './use-workspace-rows'
import { ViewSwitcher } from './view-switcher'
import { WorkspaceTables } from './workspace-tables'

export interface StoryWorkspaceProps {
  data: WorkspaceData
  /** Render rows in a scrolling window: for stories too large to lay out whole. */
  virtualized?: boolean
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
 * The same workspace rendered from state parsed on the server, for the HTML sent before
 * the query string can be read in the browser (the Suspense fallback): without
 * JavaScript the analyst still reads every statement of the shared view.
 */
export function StaticStoryWorkspace({
  urlState,
  ...props
}: StoryWorkspaceProps & { urlState: StoryUrlState }) {
  const ids = props.data.perspectives.map((p) => p.id)
  return <Workspace {...props} url={urlStateApi(urlState, () => {}, ids)} />
}

function Workspace({ data, virtualized = false, url }: StoryWorkspaceProps & { url: StoryUrlStateApi }) {
  const { storyId, contentHash, perspectives, rows, sources, events } = data
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const { view } = url
  // The state object is rebuilt on every render; its parts are stable while unchanged.
  const { q, perspective, stance, kind, channel, review } = url.filters
  const filtersKey = JSON.stringify([q, perspective, stance, kind, channel, review])
  const filters = useMemo(
    () => ({ q, perspective, stance, kind, channel, review }),
    // Keyed on the values, not the arrays' identity, which the URL state may renew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtersKey],
  )
  const [encoding, setEncoding] = useCsvEncoding()
  useIdlePreparation(rows, virtualized)

  const shown = useWorkspaceRows(rows, perspectives, filters, url.sortFor)
  const { filtered, campTables } = shown
  const isShown = useCallback(
    (rowId: string) => view !== 'matrix' && filtered.some((row) => row.id === rowId),
    [view, filtered],
  )
  const { goToStatement, registerReveal } = useGoToStatement({ rows, isShown, revealAll: url.revealAll })
  const evidence = useEvidence({ rows, events, goToStatement })
  const exports = useExports({
    storyId,
    contentHash,
    perspectiveIds,
    url,
    filters,
    view,
    bom: encoding === 'excel',
    shownRows: () => shown.shownRows(view),
  })

  // A stable callback for the (memoised) tables, reading the latest state through a ref.
  const latestUrl = useRef(url)
  useLayoutEffect(() => {
    latestUrl.current = url
  })
  const setSortFor = useCallback(
    (tableId: string, sorting: ColumnSort[]) => latestUrl.current.setSortFor(tableId, sorting),
    [],
  )
  const terms = useMemo(() => searchTerms(filters.q), [filters.q])

  return (
    <section aria-labelledby="statements-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="statements-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
            Statements by camp
          </h2>
          <p className="mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-300">
            Sort any column with its header button; hold Shift to add a further sort. Exports hold exactly the
            rows shown, in their order.
          </p>
        </div>
        <ExportControls
          encoding={encoding}
          onEncodingChange={setEncoding}
          onExportCsv={exports.exportAllCsv}
          onExportJson={exports.exportJson}
        />
      </div>
      <div className="mt-4">
        <FilterToolbar
          filters={filters}
          counts={shown.counts}
          perspectives={perspectives}
          shown={filtered.length}
          total={rows.length}
          filtered={shown.narrowed}
          hasDrafts={shown.hasDrafts}
          onChange={url.setFilters}
          onClear={url.clearFilters}
        />
      </div>
      <div className="mt-4 flex items-center gap-3 print:hidden">
        <ViewSwitcher view={view} onChange={url.setView} />
      </div>
      <div className="mt-4">
        {filtered.length === 0 ? (
          <NoMatches onClear={url.clearFilters} />
        ) : (
          <SearchTermsContext value={terms}>
            <RowActionsContext value={evidence.rowActions}>
              <WorkspaceTables
                view={view}
                campTables={campTables}
                combined={shown.combined}
                filtered={filtered}
                totalRows={rows.length}
                visiblePerspectives={shown.visiblePerspectives}
                virtualized={virtualized}
                onSortingChange={setSortFor}
                onExport={exports.exportTable}
                registerReveal={registerReveal}
                onGoToStatement={goToStatement}
              />
            </RowActionsContext>
          </SearchTermsContext>
        )}
      </div>
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
    </section>
  )
}

function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
      <p className="font-semibold text-zinc-900 dark:text-zinc-50">No statements match these filters.</p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        Try fewer words, or another camp or stance.
      </p>
      <button
        type="button"
        onClick={onClear}
        className="mt-3 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900"
      >
        Show all statements
      </button>
    </div>
  )
}
