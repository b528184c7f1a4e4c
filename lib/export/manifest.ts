import type { StatementFilters } from '../view/filters'
import type { ColumnSort, View } from '../view/url-state'
import type { StatementRow } from '../view/view-model'

/**
 * A JSON export: the rows exactly as shown, wrapped with what is needed to reproduce
 * and trust them later: which data (content hash), which view (URL, filters, sort), when.
 */
export interface ExportManifest {
  format: 'perspective-reader/statements@1'
  storyId: string
  /** sha256 of the story file the rows were read from. */
  contentHash: string
  url: string
  view: View
  filters: StatementFilters
  /** Sort per table id ("combined" or a perspective id), as in the URL. */
  sort: Record<string, ColumnSort[]>
  exportedAt: string
  rowCount: number
  rows: StatementRow[]
}

type ManifestInput = Omit<ExportManifest, 'format' | 'exportedAt' | 'rowCount'> & { now: Date }

export function buildManifest({ now, ...view }: ManifestInput): ExportManifest {
  return {
    format: 'perspective-reader/statements@1',
    ...view,
    exportedAt: now.toISOString(),
    rowCount: view.rows.length,
  }
}
