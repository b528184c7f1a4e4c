'use client'

import dynamic from 'next/dynamic'
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { Stance } from '@/lib/story/codebook'
import { searchTerms } from '@/lib/view/search'
import { stanceSpread } from '@/lib/view/spread'
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
import { StanceSpread } from './stance-spread'
import { ViewSwitcher } from './view-switcher'
import { WorkspaceTables } from './workspace-tables'

export interface StoryWorkspaceProps {
  data: WorkspaceData
  /** The story's question, rendered on the server, shown beside the stance spread. */
  intro?: React.ReactNode
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

function Workspace({
  data,
  intro,
  virtualized = false,
  url,
}: StoryWorkspaceProps & { url: StoryUrlStateApi }) {
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
  const spread = useMemo(() => stanceSpread(rows, perspectiveIds), [rows, perspectiveIds])
  const picked =
    perspective.length === 1 && stance.length === 1
      ? { perspectiveId: perspective[0]!, stance: stance[0]! }
      : null
  const pick = (segment: { perspectiveId: string; stance: Stance } | null) =>
    url.setFilters(
      segment
        ? { perspective: [segment.perspectiveId], stance: [segment.stance] }
        : { perspective: [], stance: [] },
    )
  const single = sources.length === 1 ? sources[0]! : null

  return (
    <>
      <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
        {intro}
        <StanceSpread perspectives={perspectives} spread={spread} active={picked} onPick={pick} />
      </div>
      <section aria-labelledby="statements-heading" className="mt-5">
        <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <h2 id="statements-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Statements by camp
            </h2>
            {single ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-200">
                Source of every statement: {single.label} (
                <a href="#sources-heading" className="text-blue-700 underline dark:text-blue-300">
                  details
                </a>
                )
              </p>
            ) : (
              <p className="text-sm text-zinc-700 dark:text-zinc-200">
                A number in brackets cites a source in the{' '}
                <a href="#sources-heading" className="text-blue-700 underline dark:text-blue-300">
                  numbered list of sources
                </a>
                .
              </p>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            <ViewSwitcher view={view} onChange={url.setView} />
            <ExportControls
              encoding={encoding}
              onEncodingChange={setEncoding}
              onExportCsv={exports.exportAllCsv}
              onExportJson={exports.exportJson}
            />
          </div>
        </div>
        <div className="mt-3">
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
        <div className="mt-3">
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
                  withSource={sources.length > 1}
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
    </>
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
