import { filterAndCount, isFiltered, type StatementFilters } from './filters'
import { groupBy } from './group'
import { searchTerms } from './search'
import { sortRows, sortsForTable, type ColumnSort } from './sort'
import { dayExtent } from './stance-chart'
import { stanceSpread } from './spread'
import { inDateOrder, sortByDate } from './timeline'
import { sortKey, type StoryUrlState } from './url-state'
import type { WorkspaceData } from './workspace-data'

/**
 * The statements of a shared view, filtered and sorted on the server by the same rules as
 * the workspace (components/story-workspace/use-workspace-rows.ts), for the tables the
 * page's HTML holds before the browser has loaded the interactive ones. Done here so that
 * the browser's first load carries none of this code.
 */
export function staticView(data: WorkspaceData, state: StoryUrlState) {
  const { rows, perspectives, sources } = data
  const filters: StatementFilters = {
    q: state.q,
    perspective: state.perspective,
    stance: state.stance,
    kind: state.kind,
    channel: state.channel,
    from: state.from,
    to: state.to,
  }
  const { rows: filtered, counts } = filterAndCount(
    rows,
    filters,
    perspectives.map((p) => p.id),
  )
  const byCamp = groupBy(filtered, (row) => row.perspectiveId)
  const tableSorts = state as unknown as Record<string, ColumnSort[] | undefined>
  const visible =
    filters.perspective.length > 0
      ? perspectives.filter((p) => filters.perspective.includes(p.id))
      : perspectives
  const campTables = visible.map((perspective) => {
    const sorting = sortsForTable(tableSorts[sortKey(perspective.id)] ?? [], false)
    return {
      perspective,
      sorting,
      total: rows.filter((row) => row.perspectiveId === perspective.id).length,
      rows: sortRows(byCamp.get(perspective.id) ?? [], sorting),
    }
  })
  const picked =
    filters.perspective.length === 1 && filters.stance.length === 1
      ? { perspectiveId: filters.perspective[0]!, stance: filters.stance[0]! }
      : null
  const timeline = state.view === 'timeline'
  return {
    storyId: data.storyId,
    view: state.view,
    byDate: timeline ? inDateOrder(sortByDate(rows), filtered) : [],
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
    combined: { rows: sortRows(filtered, state.sort), sorting: state.sort },
    terms: searchTerms(filters.q),
  }
}

export type StaticView = ReturnType<typeof staticView>
