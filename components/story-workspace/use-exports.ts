'use client'

import { useCallback, useLayoutEffect, useRef } from 'react'
import { buildManifest } from '@/lib/export/manifest'
import type { ClaimView, NonResponseView } from '@/lib/view/claims'
import type { StatementFilters } from '@/lib/view/filters'
import type { View } from '@/lib/view/url-state'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { downloadText } from '../download'
import { exportRowsAsCsv, storyPageUrl } from '../export-csv'
import { stateQuery, type StoryUrlStateApi } from './use-story-url-state'

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
  claims: readonly ClaimView[]
  /** The claim a claim filter names (the rows show their stance on it); null for the main claim. */
  claim: ClaimView | null
  /** The camps shown, in story order: the by-claim export's columns of the matrix. */
  perspectives: readonly WorkspacePerspective[]
  nonResponses: readonly NonResponseView[]
}

/** CSV of one table or of everything shown, the by-claim CSV, and the JSON manifest of the view. */
export function useExports(input: ExportInput) {
  const { storyId, contentHash, perspectiveIds, url, view, bom, shownRows, claims, claim } = input
  // An unknown claim in the URL filters nothing: exports and file names say no claim.
  const filters = { ...input.filters, claim: claim?.id ?? null }
  const csvOptions = { filters, bom, claim: claim ? { id: claim.id, wording: claim.wording } : null }
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
  const exportClaimsCsv = async () => {
    const [{ exportFileName }, { claimsToCsv }] = await Promise.all([
      import('@/lib/export/csv'),
      import('@/lib/export/claim-csv'),
    ])
    downloadText(
      exportFileName(storyId, 'by-claim', new Date(), { filters }),
      claimsToCsv(
        {
          rows: shownRows(),
          claims: claim ? [claim] : claims,
          perspectives: input.perspectives,
          nonResponses: input.nonResponses,
          mainId: claims[0]!.id,
        },
        { bom, pageUrl: storyPageUrl() },
      ),
      'text/csv;charset=utf-8',
    )
  }
  const exportJson = async () => {
    const { exportFileName } = await import('@/lib/export/csv')
    const sorts = url.allSorts()
    // An unknown claim in the URL is left out of the link, as of the file's name.
    const query = stateQuery({ ...url, filters }, perspectiveIds)
    const manifest = buildManifest({
      storyId,
      contentHash,
      url: `${window.location.origin}${window.location.pathname}${query}`,
      view,
      claims,
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
  return { exportTable, exportAllCsv, exportClaimsCsv, exportJson }
}
