import { CHANNELS, KINDS, STANCES, type Channel, type Kind, type Stance } from './codebook'
import { normalizeForSearch, searchTerms } from './search'
import type { StatementRow } from './view-model'

/** What narrows the statements shown: one search box and four facets. */
export interface StatementFilters {
  q: string
  perspective: string[]
  stance: Stance[]
  kind: Kind[]
  /** firsthand or secondhand; null for both. */
  attribution: Channel | null
}

export const NO_FILTERS: StatementFilters = {
  q: '',
  perspective: [],
  stance: [],
  kind: [],
  attribution: null,
}

export type Facet = 'perspective' | 'stance' | 'kind' | 'attribution'

export function isFiltered(filters: StatementFilters): boolean {
  return (
    searchTerms(filters.q).length > 0 ||
    filters.perspective.length > 0 ||
    filters.stance.length > 0 ||
    filters.kind.length > 0 ||
    filters.attribution !== null
  )
}

/** The fields the search box looks in. */
export function searchableFields(row: StatementRow): string[] {
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

interface Compiled {
  terms: string[]
  perspective: Set<string> | null
  stance: Set<string> | null
  kind: Set<string> | null
  attribution: Channel | null
}

function compile(filters: StatementFilters): Compiled {
  const set = (values: readonly string[]) => (values.length > 0 ? new Set(values) : null)
  return {
    terms: searchTerms(filters.q),
    perspective: set(filters.perspective),
    stance: set(filters.stance),
    kind: set(filters.kind),
    attribution: filters.attribution,
  }
}

function passes(row: StatementRow, c: Compiled, except?: Facet): boolean {
  if (except !== 'perspective' && c.perspective && !c.perspective.has(row.perspectiveId)) return false
  if (except !== 'stance' && c.stance && !c.stance.has(row.stance)) return false
  if (except !== 'kind' && c.kind && !c.kind.has(row.kind)) return false
  if (except !== 'attribution' && c.attribution && row.channel !== c.attribution) return false
  if (c.terms.length > 0) {
    const text = haystack(row)
    for (const term of c.terms) if (!text.includes(term)) return false
  }
  return true
}

export function applyFilters(rows: readonly StatementRow[], filters: StatementFilters): StatementRow[] {
  const compiled = compile(filters)
  return rows.filter((row) => passes(row, compiled))
}

export interface FacetCounts {
  perspective: Record<string, number>
  stance: Record<Stance, number>
  kind: Record<Kind, number>
  attribution: Record<Channel, number>
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

/**
 * Each option's count under every other active filter, its own facet left out: what
 * the analyst would get by ticking it (or by making it the only choice).
 */
export function facetCounts(
  rows: readonly StatementRow[],
  filters: StatementFilters,
  perspectiveIds: readonly string[],
): FacetCounts {
  const compiled = compile(filters)
  const counts: FacetCounts = {
    perspective: zeros(perspectiveIds),
    stance: zeros(STANCES),
    kind: zeros(KINDS),
    attribution: zeros(CHANNELS),
  }
  for (const row of rows) {
    if (passes(row, compiled, 'perspective') && row.perspectiveId in counts.perspective) {
      counts.perspective[row.perspectiveId]! += 1
    }
    if (passes(row, compiled, 'stance')) counts.stance[row.stance] += 1
    if (passes(row, compiled, 'kind')) counts.kind[row.kind] += 1
    if (passes(row, compiled, 'attribution')) counts.attribution[row.channel] += 1
  }
  return counts
}
