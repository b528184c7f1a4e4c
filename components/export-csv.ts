import type { StatementRow } from '@/lib/view-model'
import { downloadText } from './download'

/**
 * Downloads rows as CSV. The CSV module (and papaparse with it) loads on the first
 * export, so reading a story never pays for it.
 */
export async function exportRowsAsCsv(storyId: string, scope: string, rows: StatementRow[]): Promise<void> {
  const { csvFileName, statementsToCsv } = await import('@/lib/csv')
  downloadText(csvFileName(storyId, scope, new Date()), statementsToCsv(rows), 'text/csv;charset=utf-8')
}
