'use client'

import { debounce, useQueryStates, type Options } from 'nuqs'
import { useMemo } from 'react'
import { NO_FILTERS, type StatementFilters } from '@/lib/view/filters'
import type { ColumnSort } from '@/lib/view/sort'
import type { StanceFacet } from '@/lib/story/codebook'
import {
  COMBINED,
  serializeStoryUrlState,
  sortKey,
  STORY_URL_KEYS,
  storyUrlParsers,
  type StoryUrlState,
  type View,
} from '@/lib/view/url-state'

type Update = Partial<StoryUrlState> | Record<string, ColumnSort[]>
type SetState = (update: Update, options?: Options) => void

/** What the workspace reads and changes, whichever way the state is held. */
export interface StoryUrlStateApi {
  filters: StatementFilters
  view: View
  setFilters: (change: Partial<StatementFilters>) => void
  clearFilters: () => void
  setView: (view: View) => void
  sortFor: (tableId: string) => ColumnSort[]
  setSortFor: (tableId: string, sorting: ColumnSort[]) => void
  /** Show a statement's row wherever it is hidden: side-by-side view, no filters. */
  revealAll: () => void
  /** Every non-empty sort, keyed "combined" or by perspective id. */
  allSorts: () => Record<string, ColumnSort[]>
}

export function urlStateApi(
  state: StoryUrlState,
  setState: SetState,
  perspectiveIds: readonly string[],
): StoryUrlStateApi {
  // nuqs types only the fixed keys; the per-camp sort keys are read through this view.
  const tableSorts = state as unknown as Record<string, ColumnSort[] | undefined>
  const sortFor = (tableId: string) =>
    (tableId === COMBINED ? state.sort : tableSorts[sortKey(tableId)]) ?? []
  return {
    filters: {
      q: state.q,
      perspective: state.perspective,
      stance: state.stance,
      kind: state.kind,
      channel: state.channel,
      from: state.from,
      to: state.to,
      claim: state.claim,
    },
    view: state.view,
    setFilters: (change) => {
      // Typing is debounced so that a word is one history entry, not one per letter.
      const typing = Object.keys(change).length === 1 && 'q' in change
      setState(change, typing ? { limitUrlUpdates: debounce(400) } : undefined)
    },
    clearFilters: () => setState({ ...NO_FILTERS }),
    setView: (view) => setState({ view }),
    sortFor,
    setSortFor: (tableId, sorting) =>
      setState(tableId === COMBINED ? { sort: sorting } : { [sortKey(tableId)]: sorting }),
    revealAll: () => setState({ ...NO_FILTERS, view: 'side' }),
    allSorts: () => {
      const sorts: Record<string, ColumnSort[]> = {}
      if (state.sort.length > 0) sorts[COMBINED] = state.sort
      for (const id of perspectiveIds) {
        const sorting = sortFor(id)
        if (sorting.length > 0) sorts[id] = sorting
      }
      return sorts
    },
  }
}

/**
 * The state as a query string, rebuilt from the state itself (the address bar may lag a
 * fast change): what a view's link or a first page's request carries.
 */
export function stateQuery(url: StoryUrlStateApi, perspectiveIds: readonly string[]): string {
  const sorts = url.allSorts()
  return serializeStoryUrlState(perspectiveIds, {
    ...url.filters,
    view: url.view,
    sort: sorts[COMBINED] ?? [],
    ...Object.fromEntries(perspectiveIds.map((id) => [sortKey(id), sorts[id] ?? []])),
  })
}

/** Picking a segment of the stance spread filters to its camp and stance; none, to all. */
export const pickFilters = (segment: { perspectiveId: string; stance: StanceFacet } | null) =>
  segment
    ? { perspective: [segment.perspectiveId], stance: [segment.stance] }
    : { perspective: [], stance: [] }

/**
 * The story page's state, read from and written to the query string. Every change is a
 * history entry, so Back and Forward step through them.
 */
export function useStoryUrlState(perspectiveIds: readonly string[]): StoryUrlStateApi {
  const idsKey = perspectiveIds.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ids' content
  const parsers = useMemo(() => storyUrlParsers(perspectiveIds), [idsKey])
  const [state, setState] = useQueryStates(parsers, { history: 'push', urlKeys: STORY_URL_KEYS })
  return urlStateApi(
    state as StoryUrlState,
    (update, options) => void setState(update, options),
    perspectiveIds,
  )
}
