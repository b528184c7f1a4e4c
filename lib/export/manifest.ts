import type { ClaimView } from '../view/claims'
import type { StatementFilters } from '../view/filters'
import type { ColumnSort } from '../view/sort'
import type { View } from '../view/url-state'
import type { StatementRow } from '../view/view-model'

/**
 * A JSON export: the rows exactly as shown, wrapped with what is needed to reproduce
 * and trust them later: which data (content hash), which view (URL, filters, sort), when.
 */
/** The filters as the query string names them (first-hand/secondhand is `attribution`). */
type ManifestFilters = Omit<StatementFilters, 'channel'> & { attribution: StatementFilters['channel'] }

export interface ExportManifest {
  format: 'perspective-reader/statements@1'
  storyId: string
  /** sha256 of the story file the rows were read from. */
  contentHash: string
  url: string
  view: View
  /** The story's claims, the main claim (its question) first. */
  claims: Pick<ClaimView, 'id' | 'slug' | 'wording' | 'main'>[]
  /** `claim`: the claim the rows are shown against (their `stance`); null for the main claim. */
  filters: ManifestFilters
  /** Sort per table id ("combined" or a perspective id), as in the URL. */
  sort: Record<string, ColumnSort[]>
  exportedAt: string
  rowCount: number
  rows: StatementRow[]
}

type ManifestInput = Omit<ExportManifest, 'format' | 'exportedAt' | 'rowCount' | 'filters' | 'claims'> & {
  claims: readonly ClaimView[]
  filters: StatementFilters
  now: Date
}

export function buildManifest({ now, filters, claims, ...view }: ManifestInput): ExportManifest {
  const { q, perspective, stance, kind, channel, from, to, claim } = filters
  return {
    format: 'perspective-reader/statements@1',
    ...view,
    claims: claims.map(({ id, slug, wording, main }) => ({ id, slug, wording, main })),
    filters: { q, perspective, stance, kind, attribution: channel, from, to, claim },
    exportedAt: now.toISOString(),
    rowCount: view.rows.length,
  }
}
