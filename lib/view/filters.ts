import {
  CHANNELS,
  KINDS,
  STANCES,
  type Channel,
  type Kind,
  type Stance,
} from '../story/codebook'
import { normalizeForSearch, searchTerms } from './search'
import { hasRange, inRange } from './timeline'
import type { StatementRow } from './view-model'

/** What narrows the statements shown: one search box and four facets. */
export interface StatementFilters {
  q: string
  perspective: string[]
  stance: Stance[]
  kind: Kind[]
  /** firsthand or secondhand (the URL's `attribution`); null for both. */
  channel: Channel | null
  /** YYYY-MM-DD, inclusive, on the statement's date (inferred dates count); null: open. */
  from: string | null
  to: string | null
}

export const NO_FILTERS: StatementFilters = {
  q: '',
  perspective: [],
  stance: [],
  kind: [],
  channel: null,
  from: null,
  to: null,
}

export function isFiltered(filters: StatementFilters): boolean {
  return (
    searchTerms(filters.q).length > 0 ||
    filters.perspective.length > 0 ||
    filters.stance.length > 0 ||
    filters.kind.length > 0 ||
    filters.channel !== null ||
    hasRange(filters)
  )
}

/** The fields the search box looks in. */
function searchableFields(row: StatementRow): string[] {
  return [row.speaker, row.role ?? '', row.text, row.stanceLabel, row.attribution, ...row.caveats]
}

// Normalising every field on every keystroke is the expensive part of a search; a row's
// text never changes, so it is done once per row.
const haystacks = new WeakMap<StatementRow, string>()
function haystack(row: StatementRow): string {
  let text = haystacks.get(row)
  if (text === undefined) {
    text = searchableFields(row).map(normalizeForSearch).join('\n')
    haystacks.set(row, text)
  }
  return text
}

/** Normalises a row's searchable text ahead of the first search (see lib/view/idle.ts). */
export const prepareSearch = (row: StatementRow): void => void haystack(row)

interface Compiled {
  terms: string[]
  perspective: Set<string> | null
  stance: Set<string> | null
  kind: Set<string> | null
  channel: Channel | null
}

function compile(filters: StatementFilters): Compiled {
  const set = (values: readonly string[]) => (values.length > 0 ? new Set(values) : null)
  return {
    terms: searchTerms(filters.q),
    perspective: set(filters.perspective),
    stance: set(filters.stance),
    kind: set(filters.kind),
    channel: filters.channel,
  }
}

export interface FacetCounts {
  perspective: Record<string, number>
  stance: Record<Stance, number>
  kind: Record<Kind, number>
  channel: Record<Channel, number>
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

/**
 * The rows that pass every filter, and each facet option's count under every other
 * active filter (its own facet left out): what the analyst would get by ticking it.
 * One pass over the rows, each row's search text tested once, for large stories.
 */
export function filterAndCount(
  rows: readonly StatementRow[],
  filters: StatementFilters,
  perspectiveIds: readonly string[],
): { rows: StatementRow[]; counts: FacetCounts } {
  const c = compile(filters)
  const counts: FacetCounts = {
    perspective: zeros(perspectiveIds),
    stance: zeros(STANCES),
    kind: zeros(KINDS),
    channel: zeros(CHANNELS),
  }
  const passed: StatementRow[] = []
  const dated = hasRange(filters)
  for (const row of rows) {
    // Like the search, the date range narrows every facet's counts.
    if (dated && !inRange(row, filters)) continue
    if (c.terms.length > 0) {
      const text = haystack(row)
      if (!c.terms.every((term) => text.includes(term))) continue
    }
    const p = !c.perspective || c.perspective.has(row.perspectiveId)
    const s = !c.stance || c.stance.has(row.stance)
    const k = !c.kind || c.kind.has(row.kind)
    const a = !c.channel || row.channel === c.channel
    if (s && k && a && row.perspectiveId in counts.perspective) counts.perspective[row.perspectiveId]! += 1
    if (p && k && a) counts.stance[row.stance] += 1
    if (p && s && a) counts.kind[row.kind] += 1
    if (p && s && k) counts.channel[row.channel] += 1
    if (p && s && k && a) passed.push(row)
  }
  return { rows: passed, counts }
}
