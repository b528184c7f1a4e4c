'use client'

import dynamic from 'next/dynamic'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { filterAndCount, isFiltered, prepareSearch } from '@/lib/view/filters'
import { groupBy } from '@/lib/view/group'
import { eachWhenIdle } from '@/lib/view/idle'
import { prepareSortKeys } from '@/lib/view/sort'
import { buildManifest } from '@/lib/export/manifest'
import { searchTerms } from '@/lib/view/search'
import { serializeStoryUrlState, sortKey, type ColumnSort, type StoryUrlState } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspaceData } from '@/lib/view/workspace-data'
import { downloadText } from '../download'
import { exportRowsAsCsv } from '../export-csv'
import { StatementTable, type TableHandle } from '../statement-table/statement-table'
import type { EvidenceAnchor } from './evidence-dialog'
import { ExportControls } from './export-controls'
import { FilterToolbar } from './filter-toolbar'
import { SearchTermsContext } from './highlight'
import { RowActionsContext, type RowActionsApi } from './row-actions'
import { useCsvEncoding } from './use-csv-encoding'
import { COMBINED, urlStateApi, useStoryUrlState, type StoryUrlStateApi } from './use-story-url-state'
import { ViewSwitcher } from './view-switcher'

export interface StoryWorkspaceProps {
  data: WorkspaceData
  /** Render rows in a scrolling window: for stories too large to lay out whole. */
  virtualized?: boolean
}

// Loaded when first needed, to keep the story page's first load light.
const EvidenceDialog = dynamic(() => import('./evidence-dialog').then((m) => m.EvidenceDialog), {
  ssr: false,
})
const MatrixView = dynamic(() => import('./matrix-view').then((m) => m.MatrixView))

const STATEMENT_HASH = /^#s-(.+)$/
const NO_ROWS: StatementRow[] = []

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
  const { q, perspective, stance, kind, attribution, review } = url.filters
  const filtersKey = JSON.stringify([q, perspective, stance, kind, attribution, review])
  const filters = useMemo(
    () => ({ q, perspective, stance, kind, attribution, review }),
    // Keyed on the values, not the arrays' identity, which the URL state may renew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtersKey],
  )
  const [encoding, setEncoding] = useCsvEncoding()

  const anchors = useMemo<EvidenceAnchor[]>(
    () => [
      ...rows.map((row) => ({
        targetId: `s-${row.id}`,
        sourceId: row.source.id,
        description: `${row.speaker} (${row.perspectiveLabel})`,
        start: row.anchor.start,
        end: row.anchor.end,
        colorIndex: row.perspectiveIndex,
      })),
      ...events.map((event) => ({ ...event, colorIndex: null })),
    ],
    [rows, events],
  )
  // A large story prepares its search text and sort keys while the browser is idle, so
  // the first keystroke or sort does not pay for 50,000 rows at once.
  useEffect(
    () =>
      virtualized
        ? eachWhenIdle(rows, (row) => {
            prepareSearch(row)
            prepareSortKeys(row)
          })
        : undefined,
    [rows, virtualized],
  )
  // A user-timing mark for the benchmark: the workspace has rendered and responds.
  useEffect(() => void performance.mark('workspace-ready'), [])
  const { rows: filtered, counts } = useMemo(
    () => filterAndCount(rows, filters, perspectiveIds),
    [rows, filters, perspectiveIds],
  )
  const hasDrafts = useMemo(() => rows.some((row) => row.review === 'draft'), [rows])
  // Per-camp arrays keep their identity between renders, so a table whose rows did not
  // change is not rebuilt (at 50,000 rows, rebuilding is most of a re-render's cost).
  const byCamp = useMemo(() => groupBy(filtered, (row) => row.perspectiveId), [filtered])
  const totalsByCamp = useMemo(() => {
    const totals = new Map<string, number>()
    for (const row of rows) totals.set(row.perspectiveId, (totals.get(row.perspectiveId) ?? 0) + 1)
    return totals
  }, [rows])
  const terms = useMemo(() => searchTerms(filters.q), [filters.q])
  const narrowed = isFiltered(filters)
  const visiblePerspectives =
    filters.perspective.length > 0
      ? perspectives.filter((p) => filters.perspective.includes(p.id))
      : perspectives

  // Each mounted table hands over its rows in their current order, so exports match the
  // screen exactly rather than re-sorting by rules of their own.
  const handles = useRef(new Map<string, TableHandle>())
  const registerRows = useCallback((tableId: string, handle: TableHandle) => {
    handles.current.set(tableId, handle)
    return () => void handles.current.delete(tableId)
  }, [])

  const shownRows = (): StatementRow[] => {
    if (view === 'combined') return handles.current.get(COMBINED)?.rows() ?? filtered
    if (view === 'matrix') return [...filtered].sort((a, b) => a.perspectiveIndex - b.perspectiveIndex)
    return visiblePerspectives.flatMap((p) => handles.current.get(p.id)?.rows() ?? byCamp.get(p.id) ?? [])
  }

  const csvOptions = { filtered: narrowed, bom: encoding === 'excel' }
  // Stable callbacks for the (memoised) tables, reading the latest state through a ref.
  const latest = useRef({ url, csvOptions })
  useLayoutEffect(() => {
    latest.current = { url, csvOptions }
  })
  const setSortFor = useCallback(
    (tableId: string, sorting: ColumnSort[]) => latest.current.url.setSortFor(tableId, sorting),
    [],
  )
  const exportTable = useCallback(
    (tableId: string, shown: StatementRow[]) =>
      exportRowsAsCsv(storyId, tableId, shown, latest.current.csvOptions),
    [storyId],
  )
  const exportAllCsv = () => exportRowsAsCsv(storyId, 'all', shownRows(), csvOptions)
  const exportJson = async () => {
    const { exportFileName } = await import('@/lib/export/csv')
    // The URL is rebuilt from the state itself: the address bar may lag a fast change.
    const sorts = url.allSorts()
    const query = serializeStoryUrlState(perspectiveIds, {
      ...filters,
      view,
      sort: sorts[COMBINED] ?? [],
      ...Object.fromEntries(perspectiveIds.map((id) => [sortKey(id), sorts[id] ?? []])),
    })
    const manifest = buildManifest({
      storyId,
      contentHash,
      url: `${window.location.origin}${window.location.pathname}${query}`,
      view,
      filters,
      sort: sorts,
      rows: shownRows(),
      now: new Date(),
    })
    downloadText(
      exportFileName(storyId, 'all', new Date(), { filtered: narrowed, extension: 'json' }),
      `${JSON.stringify(manifest, null, 2)}\n`,
      'application/json;charset=utf-8',
    )
  }

  // Going to a statement: reveal it if filters or the matrix hide it, then scroll to
  // it, focus it and flash it once it has rendered.
  const pending = useRef<string | null>(null)
  const [, rerender] = useState(0)
  const { revealAll } = url
  const goToStatement = useCallback(
    (rowId: string) => {
      if (!rows.some((row) => row.id === rowId)) return
      const shown = view !== 'matrix' && filtered.some((row) => row.id === rowId)
      if (!shown) revealAll()
      pending.current = rowId
      rerender((n) => n + 1)
    },
    [rows, view, filtered, revealAll],
  )

  useEffect(() => {
    const rowId = pending.current
    if (!rowId) return
    const land = (element: HTMLElement) => {
      element.scrollIntoView({ block: 'center' })
      element.focus({ preventScroll: true })
      element.classList.remove('statement-flash')
      void element.offsetWidth // restart the animation
      element.classList.add('statement-flash')
    }
    const element = document.getElementById(`s-${rowId}`)
    if (element) {
      pending.current = null
      land(element)
      return
    }
    // In a windowed table the row may be out of the DOM: scroll its table to it, then
    // wait (a few frames at most) for the table to render it.
    if (![...handles.current.values()].some((handle) => handle.reveal(rowId))) return
    pending.current = null
    // Bounded, and not cancelled by later renders, which would lose the request.
    let frames = 0
    requestAnimationFrame(function look() {
      const found = document.getElementById(`s-${rowId}`)
      if (found) land(found)
      else if (++frames < 60) requestAnimationFrame(look)
    })
  })

  useEffect(() => {
    const onHash = () => {
      const match = STATEMENT_HASH.exec(window.location.hash)
      if (match) goToStatement(decodeURIComponent(match[1]!))
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
    // Only on arrival and on hash changes, not whenever the filters change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The evidence dialog, and where focus goes back to when it closes.
  const [evidence, setEvidence] = useState<{ targetId: string; sourceId: string } | null>(null)
  const invoker = useRef<HTMLElement | null>(null)
  const rowActions = useMemo<RowActionsApi>(
    () => ({
      showInSource: (rowId, from) => {
        const anchor = anchors.find((a) => a.targetId === `s-${rowId}`)
        if (!anchor) return
        invoker.current = from
        setEvidence({ targetId: anchor.targetId, sourceId: anchor.sourceId })
      },
    }),
    [anchors],
  )
  const closeEvidence = () => {
    setEvidence(null)
    invoker.current?.focus()
  }
  const goFromEvidence = (targetId: string) => {
    invoker.current = null
    setEvidence(null)
    const match = /^s-(.+)$/.exec(targetId)
    if (match) goToStatement(match[1]!)
    else document.getElementById(targetId)?.scrollIntoView({ block: 'center' })
  }

  const tables =
    view === 'combined' ? (
      <StatementTable
        tableId={COMBINED}
        label="All camps"
        colorIndex={null}
        rows={filtered}
        totalRows={rows.length}
        withPerspective
        sorting={url.sortFor(COMBINED)}
        onSortingChange={setSortFor}
        onExport={exportTable}
        registerRows={registerRows}
        virtualized={virtualized}
      />
    ) : view === 'matrix' ? (
      <MatrixView perspectives={visiblePerspectives} rows={filtered} onGoToStatement={goToStatement} />
    ) : (
      <div
        className={`grid grid-cols-1 items-start gap-5 xl:gap-3 ${visiblePerspectives.length >= 3 ? 'xl:grid-cols-3' : visiblePerspectives.length === 2 ? 'xl:grid-cols-2' : ''} print:block print:space-y-6`}
      >
        {visiblePerspectives.map((p) => (
          <StatementTable
            key={p.id}
            tableId={p.id}
            label={p.label}
            colorIndex={p.index}
            rows={byCamp.get(p.id) ?? NO_ROWS}
            totalRows={totalsByCamp.get(p.id) ?? 0}
            sorting={url.sortFor(p.id)}
            onSortingChange={setSortFor}
            onExport={exportTable}
            registerRows={registerRows}
            virtualized={virtualized}
          />
        ))}
      </div>
    )

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
          onExportCsv={exportAllCsv}
          onExportJson={exportJson}
        />
      </div>
      <div className="mt-4">
        <FilterToolbar
          filters={filters}
          counts={counts}
          perspectives={perspectives}
          shown={filtered.length}
          total={rows.length}
          filtered={narrowed}
          hasDrafts={hasDrafts}
          onChange={url.setFilters}
          onClear={url.clearFilters}
        />
      </div>
      <div className="mt-4 flex items-center gap-3 print:hidden">
        <ViewSwitcher view={view} onChange={url.setView} />
      </div>
      <div className="mt-4">
        {filtered.length === 0 ? (
          <div className="rounded-lg border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
            <p className="font-semibold text-zinc-900 dark:text-zinc-50">
              No statements match these filters.
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
              Try fewer words, or another camp or stance.
            </p>
            <button
              type="button"
              onClick={url.clearFilters}
              className="mt-3 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900"
            >
              Show all statements
            </button>
          </div>
        ) : (
          <SearchTermsContext value={terms}>
            <RowActionsContext value={rowActions}>{tables}</RowActionsContext>
          </SearchTermsContext>
        )}
      </div>
      {evidence ? (
        <EvidenceDialog
          source={evidence ? (sources.find((s) => s.id === evidence.sourceId) ?? null) : null}
          anchors={anchors}
          chosen={evidence?.targetId ?? null}
          legend={perspectives}
          onClose={closeEvidence}
          onGoTo={goFromEvidence}
        />
      ) : null}
    </section>
  )
}
