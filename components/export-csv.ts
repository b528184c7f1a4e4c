import type { CsvClaim } from '@/lib/export/csv'
import type { StatementFilters } from '@/lib/view/filters'
import type { StatementRow } from '@/lib/view/view-model'
import { downloadText } from './download'

/** The story page's own address, without query or hash: what permalinks are built on. */
export const storyPageUrl = () => `${window.location.origin}${window.location.pathname}`

/**
 * Downloads rows as CSV; with a claim filter set, the claim's columns are appended. The
 * CSV module loads on the first export, so reading a story never pays for it.
 */
export async function exportRowsAsCsv(
  storyId: string,
  scope: string,
  rows: readonly StatementRow[],
  { filters, bom, claim }: { filters: StatementFilters; bom: boolean; claim: CsvClaim | null },
): Promise<void> {
  const { exportFileName, statementsToCsv } = await import('@/lib/export/csv')
  downloadText(
    exportFileName(storyId, scope, new Date(), { filters }),
    statementsToCsv(rows, { bom, pageUrl: storyPageUrl(), claim }),
    'text/csv;charset=utf-8',
  )
}
