import { staticView } from './static-view'
import { serializeStoryUrlState, type StoryUrlState } from './url-state'
import type { WorkspaceData } from './workspace-data'

/**
 * How many rows of each table a large story shows before its data file has arrived: more
 * than a tall screen's windowed table holds (its frame is 75% of the screen high).
 */
export const FIRST_PAGE = 20

/** The views a first page can answer: the tables. The others wait for the data file. */
const TABLE_VIEWS: ReadonlySet<StoryUrlState['view']> = new Set(['side', 'combined'])

/**
 * The first page of each table of a large story's shared view, filtered and sorted on the
 * server by the same rules as the workspace (lib/view/static-view.ts), with the counts of
 * every matching row: the tables answer a sort or a search at once, before the browser has
 * the whole story. Null for the views that are not tables.
 */
export function tablePage(data: WorkspaceData, state: StoryUrlState) {
  if (!TABLE_VIEWS.has(state.view)) return null
  const view = staticView(data, state)
  const first = <T>(rows: readonly T[]) => rows.slice(0, FIRST_PAGE)
  return {
    ...view,
    /** The state this page answers, as a query string: the client asks again when it differs. */
    query: serializeStoryUrlState(
      data.perspectives.map((p) => p.id),
      state,
    ),
    /** Every row that passes the filters, though `filtered` holds none of them. */
    shown: view.filtered.length,
    filtered: [],
    byDate: [],
    claimMatrix: [],
    campTables: view.campTables.map((table) => ({
      ...table,
      matching: table.rows.length,
      rows: first(table.rows),
    })),
    combined: { ...view.combined, matching: view.combined.rows.length, rows: first(view.combined.rows) },
  }
}

export type TablePage = NonNullable<ReturnType<typeof tablePage>>
