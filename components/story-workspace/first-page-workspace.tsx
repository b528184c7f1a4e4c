'use client'

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { TablePage } from '@/lib/view/table-page'
import { fetchTablePage } from './fetch-table-page'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { StatementTable } from '../statement-table/statement-table'
import { StaticStoryWorkspace, type ViewControls } from './static-story-workspace'
import type { Waiting } from './story-workspace'
import { useCsvEncoding } from './use-csv-encoding'
import { pickFilters, stateQuery, type StoryUrlStateApi } from './use-story-url-state'

/**
 * A large story's tables before its data file has arrived: the first page of each, as the
 * server sorted and filtered them (lib/view/table-page.ts), and for each change of sort or
 * filter the first page the server answers for it. The state is the URL's, so the data's
 * workspace that takes over shows the same rows in the same order.
 */
export function FirstPageWorkspace({
  page,
  url,
  perspectives,
  rowsPath,
  intro,
  onWait,
}: {
  page: TablePage
  url: StoryUrlStateApi
  perspectives: WorkspacePerspective[]
  rowsPath: string
  intro?: React.ReactNode
  /** Exports cover every row, and the source view needs the sources: they wait for the data. */
  onWait: (waiting: Waiting) => void
}) {
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const query = stateQuery(url, perspectiveIds)
  const [shown, setShown] = useState(page)
  useEffect(() => {
    if (query === shown.query) return
    const controller = new AbortController()
    // The latest change wins: an older answer still on its way is dropped.
    fetchTablePage(rowsPath, query, controller.signal).then(
      (next) => next && setShown(next),
      // Not answered (gone offline, signed out): the data's own load says what went wrong.
      () => {},
    )
    return () => controller.abort()
  }, [rowsPath, query, shown.query])

  const [encoding, setEncoding] = useCsvEncoding()
  // Stable callbacks for the (memoised) tables, reading the latest state through a ref.
  const latestUrl = useRef(url)
  useLayoutEffect(() => {
    latestUrl.current = url
  })
  const onSortingChange = useCallback<ViewControls['onSortingChange']>(
    (tableId, sorting) => latestUrl.current.setSortFor(tableId, sorting),
    [],
  )
  const onTableExport = useCallback<ViewControls['onExport']>(
    (tableId) => onWait({ kind: 'table', tableId }),
    [onWait],
  )
  const rowActions = useMemo(
    () => ({ showInSource: (rowId: string) => onWait({ kind: 'source', rowId }) }),
    [onWait],
  )
  const controls: ViewControls = {
    Table: StatementTable,
    filters: url.filters,
    onFiltersChange: url.setFilters,
    onClearFilters: url.clearFilters,
    onViewChange: url.setView,
    onClaimChange: (claim) => url.setFilters({ claim }),
    onPick: (segment) => url.setFilters(pickFilters(segment)),
    onSortingChange,
    onExport: onTableExport,
    onExportCsv: () => onWait({ kind: 'csv' }),
    onExportClaimsCsv: () => onWait({ kind: 'claims-csv' }),
    onExportJson: () => onWait({ kind: 'json' }),
    rowActions,
    encoding,
    onEncodingChange: setEncoding,
  }
  return <StaticStoryWorkspace view={shown} perspectives={perspectives} intro={intro} controls={controls} />
}
