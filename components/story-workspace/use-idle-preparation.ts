'use client'

import { useEffect } from 'react'
import { eachWhenIdle } from '@/lib/view/idle'
import { prepareSearchIndex } from '@/lib/view/search-index'
import { prepareSortKeys } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'

/**
 * A large story prepares its search text and sort keys while the browser is idle, so
 * the first keystroke or sort does not pay for 50,000 rows at once. Then marks the
 * workspace ready (a user-timing mark the benchmark reads).
 */
export function useIdlePreparation(rows: readonly StatementRow[], enabled: boolean) {
  useEffect(() => {
    if (!enabled) return
    const stopSearch = prepareSearchIndex(rows)
    const stopSort = eachWhenIdle(rows, prepareSortKeys)
    return () => {
      stopSearch()
      stopSort()
    }
  }, [rows, enabled])
  useEffect(() => void performance.mark('workspace-ready'), [])
}
