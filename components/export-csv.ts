import type { StatementRow } from '@/lib/view/view-model'
import { downloadText } from './download'

/**
 * Downloads rows as CSV. The CSV module (and papaparse with it) loads on the first
 * export, so reading a story never pays for it.
 */
export async function exportRowsAsCsv(
  storyId: string,
  scope: string,
  rows: readonly StatementRow[],
  { filtered, bom }: { filtered: boolean; bom: boolean },
): Promise<void> {
  const { exportFileName, statementsToCsv } = await import('@/lib/export/csv')
  downloadText(
    exportFileName(storyId, scope, new Date(), { filtered }),
    statementsToCsv(rows, { bom }),
    'text/csv;charset=utf-8',
  )
}
