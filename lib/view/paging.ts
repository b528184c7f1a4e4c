/**
 * Lists shown in pages (the home page's stories, the speakers, a speaker's statements):
 * pages count from 1 and live in the URL as `?page=`.
 */

/** Stories a page of the home page lists: an archive of hundreds would send them all. */
export const STORIES_PER_PAGE = 25

/** Statements a page of a speaker's page lists (a speaker may have thousands). */
export const SPEAKER_STATEMENTS_PER_PAGE = 100

/** The page a `?page=` value asks for: a whole number from 1, else the first page. */
export function askedPage(value: string | string[] | undefined): number {
  const asked = Number(typeof value === 'string' ? value : '1')
  return Number.isInteger(asked) && asked >= 1 ? asked : 1
}

export interface Page<T> {
  items: T[]
  /** The page shown: the one asked for, or the nearest when it is past either end. */
  page: number
  pages: number
  /** Whether the page asked for lies past the last (the page then says so in words). */
  beyond: boolean
  /** The place of the first and last item shown, counting from 1 (0 and 0 when none). */
  first: number
  last: number
  total: number
}

/** One page of a list of `size` items a page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const asked = Number.isInteger(page) ? page : 1
  const current = Math.min(pages, Math.max(1, asked))
  const shown = items.slice((current - 1) * size, current * size)
  const first = shown.length === 0 ? 0 : (current - 1) * size + 1
  return {
    items: shown,
    page: current,
    pages,
    beyond: asked > pages,
    first,
    last: shown.length === 0 ? 0 : first + shown.length - 1,
    total: items.length,
  }
}

/** The address of page `page` of the list at `path` (the first page has no parameter). */
export const pageHref = (path: string, page: number): string => (page <= 1 ? path : `${path}?page=${page}`)
