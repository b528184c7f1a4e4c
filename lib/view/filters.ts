import {
  CHANNELS,
  KINDS,
  NO_STANCE,
  STANCE_FACETS,
  type Channel,
  type Kind,
  type StanceFacet,
} from '../story/codebook'
import { searchTerms } from './search'
import { rowsWithTerms } from './search-index'
import { hasRange } from './timeline'
import type { StatementRow } from './view-model'

/**
 * What narrows the statements shown: one search box, four facets and the claim. The claim
 * (`claim=<id>`) picks the rows (lib/view/claim-rows.ts) before the rest narrow them.
 */
export interface StatementFilters {
  q: string
  perspective: string[]
  /** Stances on the claim shown; `none`: statements that do not address it. */
  stance: StanceFacet[]
  kind: Kind[]
  /** firsthand or secondhand (the URL's `attribution`); null for both. */
  channel: Channel | null
  /** YYYY-MM-DD, inclusive, on the statement's date (inferred dates count); null: open. */
  from: string | null
  to: string | null
  /** The claim the statements are shown against, by id; null: the main claim, every statement. */
  claim: string | null
}

export const NO_FILTERS: StatementFilters = {
  q: '',
  perspective: [],
  stance: [],
  kind: [],
  channel: null,
  from: null,
  to: null,
  claim: null,
}

export function isFiltered(filters: StatementFilters): boolean {
  return (
    searchTerms(filters.q).length > 0 ||
    filters.perspective.length > 0 ||
    filters.stance.length > 0 ||
    filters.kind.length > 0 ||
    filters.channel !== null ||
    filters.claim !== null ||
    hasRange(filters)
  )
}

export interface FacetCounts {
  perspective: Record<string, number>
  stance: Record<StanceFacet, number>
  kind: Record<Kind, number>
  channel: Record<Channel, number>
}

/** Each row's facets as small numbers, made once per story: counting is then arithmetic. */
interface FacetCodes {
  /** Index into `perspectiveIds` of the row's camp. */
  perspective: Uint16Array
  perspectiveIds: string[]
  stance: Uint8Array
  kind: Uint8Array
  channel: Uint8Array
  /** The statement's date as YYYYMMDD, its own or its source's; 0 when it has none. */
  day: Int32Array
}

/** "2024-03-04" as 20240304, which orders as the dates do. */
const dayCode = (iso: string): number => Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10))

const facetCodes = new WeakMap<readonly StatementRow[], FacetCodes>()
function codesOf(rows: readonly StatementRow[]): FacetCodes {
  let codes = facetCodes.get(rows)
  if (codes) return codes
  const stances = new Map(STANCE_FACETS.map((value, i) => [value as string, i]))
  const kinds = new Map(KINDS.map((value, i) => [value as string, i]))
  const channels = new Map(CHANNELS.map((value, i) => [value as string, i]))
  const camps = new Map<string, number>()
  codes = {
    perspective: new Uint16Array(rows.length),
    perspectiveIds: [],
    stance: new Uint8Array(rows.length),
    kind: new Uint8Array(rows.length),
    channel: new Uint8Array(rows.length),
    day: new Int32Array(rows.length),
  }
  rows.forEach((row, i) => {
    let camp = camps.get(row.perspectiveId)
    if (camp === undefined) {
      camp = camps.size
      camps.set(row.perspectiveId, camp)
      codes!.perspectiveIds.push(row.perspectiveId)
    }
    codes!.perspective[i] = camp
    codes!.stance[i] = stances.get(row.stance ?? NO_STANCE)!
    codes!.kind[i] = kinds.get(row.kind)!
    codes!.channel[i] = channels.get(row.channel)!
    codes!.day[i] = row.date.iso === null ? 0 : dayCode(row.date.iso)
  })
  facetCodes.set(rows, codes)
  return codes
}

/**
 * Where the days first..last lie in the date order: [start, end) of its positions. The
 * dated rows come first, earliest first, then the undated (day 0), which no range holds.
 */
function dateStretch(byDate: Int32Array, day: Int32Array, first: number, last: number): [number, number] {
  const at = (j: number) => day[byDate[j]!] || Infinity
  const bound = (test: (value: number) => boolean) => {
    let lo = 0
    let hi = byDate.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (test(at(mid))) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  return [bound((value) => value >= first), bound((value) => value > last)]
}

/** 1 for each value a facet lets through (all of them when nothing in it is ticked). */
function passes(values: readonly string[], chosen: readonly string[] | null): Uint8Array {
  return Uint8Array.from(values, (value) =>
    !chosen || chosen.length === 0 || chosen.includes(value) ? 1 : 0,
  )
}

/**
 * The rows that pass every filter, and each facet option's count under every other
 * active filter (its own facet left out): what the analyst would get by ticking it.
 * The search finds its rows in the story's search index (lib/view/search-index.ts);
 * one pass over those rows does the rest, for large stories. `rows` are those the claim
 * filter picked (lib/view/claim-rows.ts): `filters.claim` is not read here.
 */
export function filterAndCount(
  rows: readonly StatementRow[],
  filters: StatementFilters,
  perspectiveIds: readonly string[],
  /**
   * To have the rows in date order: the rows' indexes in that order (lib/view/timeline.ts
   * dateOrder). A date range is then one stretch of it, found by binary search.
   */
  byDate?: Int32Array,
): { rows: readonly StatementRow[]; counts: FacetCounts } {
  const codes = codesOf(rows)
  const campPass = passes(codes.perspectiveIds, filters.perspective)
  const stancePass = passes(STANCE_FACETS, filters.stance)
  const kindPass = passes(KINDS, filters.kind)
  const channelPass = passes(CHANNELS, filters.channel === null ? null : [filters.channel])
  // Counted per camp code; camps not among perspectiveIds are not counted.
  const campCounts = new Int32Array(codes.perspectiveIds.length)
  const stanceCounts = new Int32Array(STANCE_FACETS.length)
  const kindCounts = new Int32Array(KINDS.length)
  const channelCounts = new Int32Array(CHANNELS.length)
  const passed: StatementRow[] = []
  // Inclusive ends; inferred dates count; an undated row (0) is in no range.
  const dated = hasRange(filters)
  const first = filters.from === null ? 1 : dayCode(filters.from)
  const last = filters.to === null ? 99_999_999 : dayCode(filters.to)
  const found = rowsWithTerms(rows, searchTerms(filters.q))
  // In another order, the search's rows (ascending indexes) are looked up in a mask.
  let matched: Uint8Array | null = null
  if (found && byDate) {
    matched = new Uint8Array(rows.length)
    for (const i of found) matched[i] = 1
  }
  // Nothing narrows and the order is the rows' own: the rows come back as they are, the
  // same array, so what is worked out from them (a matrix) is not worked out again.
  const whole =
    !byDate &&
    found === null &&
    !dated &&
    filters.perspective.length === 0 &&
    filters.stance.length === 0 &&
    filters.kind.length === 0 &&
    filters.channel === null
  const walk = byDate ?? found
  let from = 0
  let n = walk ? walk.length : rows.length
  if (byDate && dated) [from, n] = dateStretch(byDate, codes.day, first, last)
  for (let j = from; j < n; j++) {
    const i = walk ? walk[j]! : j
    if (matched && !matched[i]) continue
    // Like the search, the date range narrows every facet's counts.
    if (dated && (codes.day[i]! < first || codes.day[i]! > last)) continue
    const camp = codes.perspective[i]!
    const stance = codes.stance[i]!
    const kind = codes.kind[i]!
    const channel = codes.channel[i]!
    const p = campPass[camp]!
    const s = stancePass[stance]!
    const k = kindPass[kind]!
    const a = channelPass[channel]!
    if (s & k & a) campCounts[camp]! += 1
    if (p & k & a) stanceCounts[stance]! += 1
    if (p & s & a) kindCounts[kind]! += 1
    if (p & s & k) channelCounts[channel]! += 1
    if (p & s & k & a && !whole) passed.push(rows[i]!)
  }
  const byValue = <K extends string>(values: readonly K[], counted: Int32Array) =>
    Object.fromEntries(values.map((value, i) => [value, counted[i]!])) as Record<K, number>
  const campCount = new Map(codes.perspectiveIds.map((id, i) => [id, campCounts[i]!]))
  return {
    rows: whole ? rows : passed,
    counts: {
      perspective: Object.fromEntries(perspectiveIds.map((id) => [id, campCount.get(id) ?? 0])),
      stance: byValue(STANCE_FACETS, stanceCounts),
      kind: byValue(KINDS, kindCounts),
      channel: byValue(CHANNELS, channelCounts),
    },
  }
}
