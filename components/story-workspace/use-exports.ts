'use client'

import { useCallback, useLayoutEffect, useRef } from 'react'
import { buildManifest } from '@/lib/export/manifest'
import type { StatementFilters } from '@/lib/view/filters'
import { COMBINED, serializeStoryUrlState, sortKey, type View } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import { downloadText } from '../download'
import { exportRowsAsCsv } from '../export-csv'
import type { StoryUrlStateApi } from './use-story-url-state'

interface ExportInput {
  storyId: string
  contentHash: string
  perspectiveIds: readonly string[]
  url: StoryUrlStateApi
  filters: StatementFilters
  view: View
  bom: boolean
  /** The rows on screen in the view, in their order. */
  shownRows: () => readonly StatementRow[]
}

/** CSV of one table or of everything shown, and the JSON manifest of the view. */
export function useExports(input: ExportInput) {
  const { storyId, contentHash, perspectiveIds, url, filters, view, bom, shownRows } = input
  const csvOptions = { filters, bom }
  // A stable callback for the (memoised) tables, reading the latest options through a ref.
  const latest = useRef(csvOptions)
  useLayoutEffect(() => {
    latest.current = csvOptions
  })
  const exportTable = useCallback(
    (tableId: string, rows: readonly StatementRow[]) =>
      exportRowsAsCsv(storyId, tableId, rows, latest.current),
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
      rows: [...shownRows()],
      now: new Date(),
    })
    downloadText(
      exportFileName(storyId, 'all', new Date(), { filters, extension: 'json' }),
      `${JSON.stringify(manifest, null, 2)}\n`,
      'application/json;charset=utf-8',
    )
  }
  return { exportTable, exportAllCsv, exportJson }
}
