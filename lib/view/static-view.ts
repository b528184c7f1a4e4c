import { claimMatrix } from './claim-matrix'
import { selectClaim } from './claim-rows'
import { filterAndCount, isFiltered, type StatementFilters } from './filters'
import { groupBy } from './group'
import { searchTerms } from './search'
import { sortIsIdle, sortRows, sortsForTable, type ColumnSort } from './sort'
import { CHART_WIDTH, chartDomain, chartModel, dayExtent, plotWidth, type ChartModel } from './stance-chart'
import { stanceSpread } from './spread'
import { dateOrder, TIMELINE_PAGE } from './timeline'
import { sortKey, type StoryUrlState } from './url-state'
import type { StatementRow } from './view-model'
import type { WorkspaceData } from './workspace-data'

/**
 * The statements of a shared view, filtered and sorted on the server by the same rules as
 * the workspace (components/story-workspace/use-workspace-rows.ts), for the tables the
 * page's HTML holds before the browser has loaded the interactive ones. Done here so that
 * the browser's first load carries none of this code.
 */
export function staticView(data: WorkspaceData, state: StoryUrlState) {
  const { perspectives, sources, claims } = data
  const filters: StatementFilters = {
    q: state.q,
    perspective: state.perspective,
    stance: state.stance,
    kind: state.kind,
    channel: state.channel,
    from: state.from,
    to: state.to,
    claim: state.claim,
  }
  // The claim filter picks the rows, shown with their stance on the claim; the rest narrow them.
  const selection = selectClaim(data.rows, claims, state.claim)
  const rows = selection.rows
  const timeline = state.view === 'timeline'
  const { rows: filtered, counts } = filterAndCount(
    rows,
    filters,
    perspectives.map((p) => p.id),
    timeline ? dateOrder(rows) : undefined,
  )
  // Only the view asked for is sorted, as in the browser.
  const side = state.view === 'side'
  const byCamp = side ? groupBy(filtered, (row) => row.perspectiveId) : new Map<string, StatementRow[]>()
  const tableSorts = state as unknown as Record<string, ColumnSort[] | undefined>
  const visible =
    filters.perspective.length > 0
      ? perspectives.filter((p) => filters.perspective.includes(p.id))
      : perspectives
  const campTables = (side ? visible : []).map((perspective) => {
    const sorting = sortsForTable(tableSorts[sortKey(perspective.id)] ?? [], false)
    const sorted = sortRows(byCamp.get(perspective.id) ?? [], sorting)
    return {
      perspective,
      sorting,
      sortIdle: sortIsIdle(sorted, sorting),
      total: rows.filter((row) => row.perspectiveId === perspective.id).length,
      rows: sorted,
    }
  })
  const picked =
    filters.perspective.length === 1 && filters.stance.length === 1
      ? { perspectiveId: filters.perspective[0]!, stance: filters.stance[0]! }
      : null
  const matrix =
    state.view === 'claims'
      ? claimMatrix(
          filtered,
          selection.claim ? [selection.claim] : claims,
          visible.map((p) => p.id),
          data.nonResponses,
          claims[0]!.id,
        )
      : []
  return {
    storyId: data.storyId,
    view: state.view,
    claims,
    claim: selection.claim,
    claimNotFound: selection.notFound,
    claimMatrix: matrix,
    nonResponses: data.nonResponses,
    totalRows: rows.length,
    withNoStance: rows.some((row) => row.stance === null),
    byDate: timeline ? filtered : [],
    extent: timeline ? dayExtent(rows) : null,
    spread: stanceSpread(
      rows,
      perspectives.map((p) => p.id),
    ),
    picked,
    singleSourceLabel: sources.length === 1 ? sources[0]!.label : null,
    withSource: sources.length > 1,
    filters,
    counts,
    filtered,
    narrowed: isFiltered(filters),
    visiblePerspectives: visible,
    campTables,
    combined: combinedTable(state.view === 'combined' ? sortRows(filtered, state.sort) : [], state.sort),
    terms: searchTerms(filters.q),
  }
}

// The static tables say whether their sort ties on every row, as the interactive ones do.
const combinedTable = (rows: readonly StatementRow[], sorting: ColumnSort[]) => ({
  rows,
  sorting,
  sortIdle: sortIsIdle(rows, sorting),
})

export type StaticView = ReturnType<typeof staticView>

/** What a large story's first screen of the Timeline view needs besides its first entries. */
export interface TimelinePreview {
  /** The chart as drawn at its unmeasured width (CHART_WIDTH); null when nothing is dated. */
  model: ChartModel | null
  /** Statements that pass the filters, and how many of them have no date. */
  total: number
  undated: number
}

/**
 * A large story's Timeline view as the server draws it before the page is interactive:
 * the chart worked out here from every filtered row, and only the first entries of the
 * list, so the page's HTML stays small however large the story (null for other views,
 * which wait for the story's data file).
 */
export function largeTimelineView(data: WorkspaceData, state: StoryUrlState) {
  if (state.view !== 'timeline') return null
  const view = staticView(data, state)
  const extent = view.extent
  const rows = view.byDate
  const preview: TimelinePreview = {
    model: extent ? chartModel(rows, chartDomain(extent, view.filters), plotWidth(CHART_WIDTH)) : null,
    total: rows.length,
    undated: rows.filter((row) => row.date.iso === null).length,
  }
  const first = rows.slice(0, TIMELINE_PAGE)
  return {
    ...view,
    byDate: first,
    filtered: first,
    campTables: [],
    combined: combinedTable([], view.combined.sorting),
    claimMatrix: [],
    preview,
  }
}
