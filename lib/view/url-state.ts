import {
  createLoader,
  createParser,
  createSerializer,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server'
import { CHANNELS, KINDS, STANCE_FACETS } from '../story/codebook'
import { isSortColumn, type ColumnSort } from './sort'
import { isIsoDay } from './timeline'

/**
 * The story page's view state as it lives in the query string, shared by the server
 * (loader) and the browser (useQueryStates). Anything unknown or malformed parses to the
 * default, so a mangled shared link still opens the story.
 */

const VIEWS = ['side', 'combined', 'matrix', 'claims', 'timeline'] as const
export type View = (typeof VIEWS)[number]

/** "speaker.asc,stance.desc": known columns only, each once, first mention wins. */
export const parseAsSorting = createParser<ColumnSort[]>({
  parse(value) {
    const sorting: ColumnSort[] = []
    for (const part of value.split(',')) {
      const match = /^([a-z]+)\.(asc|desc)$/.exec(part.trim())
      if (!match) continue
      const id = match[1]!
      if (!isSortColumn(id) || sorting.some((s) => s.id === id)) continue
      sorting.push({ id, desc: match[2] === 'desc' })
    }
    return sorting.length > 0 ? sorting : null
  },
  serialize: (sorting) => sorting.map((s) => `${s.id}.${s.desc ? 'desc' : 'asc'}`).join(','),
  eq: (a, b) => a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.desc === b[i]?.desc),
})

/** A calendar day as YYYY-MM-DD; anything else (2024-02-31, 4 March) is ignored. */
export const parseAsIsoDay = createParser<string>({
  parse: (value) => (isIsoDay(value) ? value : null),
  serialize: (value) => value,
})

/** A comma-separated set drawn from `allowed`: unknown entries dropped, repeats removed. */
export function parseAsSetOf<T extends string>(allowed: readonly T[]) {
  return createParser<T[]>({
    parse(value) {
      const picked = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v))
      const unique = [...new Set(picked)]
      return unique.length > 0 ? unique : null
    },
    serialize: (values) => values.join(','),
    eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  })
}

/**
 * A claim's id as the URL gives it (`claim=<id>`), kept as given: the page says when the
 * story has no such claim, rather than silently showing another. Trimmed, and bounded so a
 * mangled link cannot carry a page of text.
 */
export const parseAsClaimId = createParser<string>({
  parse: (value) => {
    const id = value.trim()
    return id.length > 0 && id.length <= 200 ? id : null
  },
  serialize: (value) => value,
})

export { COMBINED } from './table-ids'

export type SortKey = `sort.${string}`
export const sortKey = (perspectiveId: string): SortKey => `sort.${perspectiveId}`

const sortingParser = parseAsSorting.withDefault([])

/** The parsers for one story: perspective ids and per-table sort keys depend on it. */
export function storyUrlParsers(perspectiveIds: readonly string[]) {
  const perTableSorts: { [key: SortKey]: typeof sortingParser } = Object.fromEntries(
    perspectiveIds.map((id) => [sortKey(id), sortingParser]),
  )
  return {
    q: parseAsString.withDefault(''),
    perspective: parseAsSetOf(perspectiveIds).withDefault([]),
    stance: parseAsSetOf(STANCE_FACETS).withDefault([]),
    kind: parseAsSetOf(KINDS).withDefault([]),
    channel: parseAsStringLiteral(CHANNELS),
    from: parseAsIsoDay,
    to: parseAsIsoDay,
    claim: parseAsClaimId,
    view: parseAsStringLiteral(VIEWS).withDefault('side'),
    sort: sortingParser,
    ...perTableSorts,
  }
}

export type StoryUrlParsers = ReturnType<typeof storyUrlParsers>

/** Names in code that the query string spells otherwise (shared links predate them). */
export const STORY_URL_KEYS = { channel: 'attribution' } as const
export type StoryUrlState = inferParserType<StoryUrlParsers>

/** Server side: parse a request's search params with the same parsers. */
export function loadStoryUrlState(
  perspectiveIds: readonly string[],
  searchParams: Record<string, string | string[] | undefined>,
) {
  return createLoader(storyUrlParsers(perspectiveIds), { urlKeys: STORY_URL_KEYS })(searchParams)
}

/** Builds the query string for a state, omitting defaults. */
export function serializeStoryUrlState(
  perspectiveIds: readonly string[],
  state: Partial<StoryUrlState> & { [key: SortKey]: ColumnSort[] },
): string {
  return createSerializer(storyUrlParsers(perspectiveIds), { urlKeys: STORY_URL_KEYS })(
    state as Partial<StoryUrlState>,
  )
}
