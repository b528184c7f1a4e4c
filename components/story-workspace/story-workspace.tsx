'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { applyFilters, facetCounts, isFiltered } from '@/lib/filters'
import { buildManifest } from '@/lib/manifest'
import { searchTerms } from '@/lib/search'
import type { StatementRow } from '@/lib/view-model'
import { downloadText } from '../download'
import { exportRowsAsCsv } from '../export-csv'
import { StatementTable, type RowsGetter } from '../statement-table/statement-table'
import { EvidenceDialog, type EvidenceAnchor, type EvidenceSource } from './evidence-dialog'
import { ExportControls } from './export-controls'
import { FilterToolbar } from './filter-toolbar'
import { SearchTermsContext } from './highlight'
import { MatrixView } from './matrix-view'
import { RowActionsContext, type RowActionsApi } from './row-actions'
import { useCsvEncoding } from './use-csv-encoding'
import { COMBINED, urlStateApi, useStoryUrlState, type StoryUrlStateApi } from './use-story-url-state'
import type { StoryUrlState } from '@/lib/url-state'
import { ViewSwitcher } from './view-switcher'

export interface WorkspacePerspective {
  id: string
  label: string
  index: number
}

export interface StoryWorkspaceProps {
  storyId: string
  contentHash: string
  perspectives: WorkspacePerspective[]
  rows: StatementRow[]
  sources: EvidenceSource[]
  /** Every statement and event, anchored in its source. */
  anchors: EvidenceAnchor[]
}

const STATEMENT_HASH = /^#s-(.+)$/

/**
 * The interactive part of a story page: filters, views, exports and the evidence
 * dialog, all driven by the query string so any view can be shared as a link.
 */
export function StoryWorkspace(props: StoryWorkspaceProps) {
  const perspectiveIds = useMemo(() => props.perspectives.map((p) => p.id), [props.perspectives])
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
  const ids = props.perspectives.map((p) => p.id)
  return <Workspace {...props} url={urlStateApi(urlState, () => {}, ids)} />
}

function Workspace({
  storyId,
  contentHash,
  perspectives,
  rows,
  sources,
  anchors,
  url,
}: StoryWorkspaceProps & { url: StoryUrlStateApi }) {
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const { filters, view } = url
  const [encoding, setEncoding] = useCsvEncoding()

  const filtered = useMemo(() => applyFilters(rows, filters), [rows, filters])
  const counts = useMemo(() => facetCounts(rows, filters, perspectiveIds), [rows, filters, perspectiveIds])
  const terms = useMemo(() => searchTerms(filters.q), [filters.q])
  const narrowed = isFiltered(filters)
  const visiblePerspectives =
    filters.perspective.length > 0
      ? perspectives.filter((p) => filters.perspective.includes(p.id))
      : perspectives

  // Each mounted table hands over its rows in their current order, so exports match the
  // screen exactly rather than re-sorting by rules of their own.
  const getters = useRef(new Map<string, RowsGetter>())
  const registerRows = useCallback((tableId: string, getRows: RowsGetter) => {
    getters.current.set(tableId, getRows)
    return () => void getters.current.delete(tableId)
  }, [])

  const shownRows = (): StatementRow[] => {
    if (view === 'combined') return getters.current.get(COMBINED)?.() ?? filtered
    if (view === 'matrix') return [...filtered].sort((a, b) => a.perspectiveIndex - b.perspectiveIndex)
    return visiblePerspectives.flatMap(
      (p) => getters.current.get(p.id)?.() ?? filtered.filter((row) => row.perspectiveId === p.id),
    )
  }

  const csvOptions = { filtered: narrowed, bom: encoding === 'excel' }
  const exportAllCsv = () => exportRowsAsCsv(storyId, 'all', shownRows(), csvOptions)
  const exportJson = async () => {
    const { exportFileName } = await import('@/lib/csv')
    const manifest = buildManifest({
      storyId,
      contentHash,
      url: window.location.href,
      view,
      filters,
      sort: url.allSorts(),
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
    if (!pending.current) return
    const element = document.getElementById(`s-${pending.current}`)
    if (!element) return
    pending.current = null
    element.scrollIntoView({ block: 'center' })
    element.focus({ preventScroll: true })
    element.classList.remove('statement-flash')
    void element.offsetWidth // restart the animation
    element.classList.add('statement-flash')
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
        onSortingChange={(sorting) => url.setSortFor(COMBINED, sorting)}
        onExport={(shown) => exportRowsAsCsv(storyId, 'combined', shown, csvOptions)}
        registerRows={registerRows}
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
            rows={filtered.filter((row) => row.perspectiveId === p.id)}
            totalRows={rows.filter((row) => row.perspectiveId === p.id).length}
            sorting={url.sortFor(p.id)}
            onSortingChange={(sorting) => url.setSortFor(p.id, sorting)}
            onExport={(shown) => exportRowsAsCsv(storyId, p.id, shown, csvOptions)}
            registerRows={registerRows}
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
      <EvidenceDialog
        source={evidence ? (sources.find((s) => s.id === evidence.sourceId) ?? null) : null}
        anchors={anchors}
        chosen={evidence?.targetId ?? null}
        legend={perspectives}
        onClose={closeEvidence}
        onGoTo={goFromEvidence}
      />
    </section>
  )
}
