'use client'

import { useEffect } from 'react'
import { prepareClaimMatrix } from '@/lib/view/claim-matrix'
import { claimIndexes } from '@/lib/view/claim-rows'
import type { ClaimView, NonResponseView } from '@/lib/view/claims'
import { eachIndexWhenIdle, eachWhenIdle } from '@/lib/view/idle'
import { prepareSearchIndex } from '@/lib/view/search-index'
import { prepareSortKeys } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { loadClaimMatrixView } from './workspace-tables'

/**
 * A large story prepares its search text, sort keys and, when it has claims besides its
 * question, its claim matrix and the matrix's code, while the browser is idle: the first
 * keystroke, sort or opening of the Claims view does not pay for 50,000 rows at once.
 * Then marks the workspace ready (a user-timing mark the benchmark reads).
 */
export function useIdlePreparation(
  rows: readonly StatementRow[],
  enabled: boolean,
  matrix: {
    claims: readonly ClaimView[]
    perspectiveIds: readonly string[]
    nonResponses: readonly NonResponseView[]
  },
) {
  const { claims, perspectiveIds, nonResponses } = matrix
  useEffect(() => {
    if (!enabled) return
    const stops = [prepareSearchIndex(rows), eachWhenIdle(rows, prepareSortKeys)]
    if (claims.length > 1) {
      void loadClaimMatrixView()
      // Which rows address each claim, so that choosing one visits only its rows.
      stops.push(eachIndexWhenIdle(1, () => claimIndexes(rows)))
      stops.push(
        prepareClaimMatrix(
          { rows, claims, perspectiveIds, nonResponses, mainId: claims[0]!.id },
          (count, work, done) => eachIndexWhenIdle(count, work, done),
        ),
      )
    }
    return () => stops.forEach((stop) => stop())
  }, [rows, enabled, claims, perspectiveIds, nonResponses])
  useEffect(() => void performance.mark('workspace-ready'), [])
}
