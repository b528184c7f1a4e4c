import type { SourceDate } from '../story/schema'

/**
 * What adding an article fills in the form, from a page, a file or a feed item's page.
 * The editor checks and corrects each before drafting. Browser-safe (types only).
 */
export interface ArticleFields {
  /** The headline, or null when none could be told apart. */
  title: string | null
  /** The outlet's name ("Dawn"), or null. */
  publisher: string | null
  /** The writers as the page names them ("Omar Farooq and Lena Hart"), or null. */
  byline: string | null
  /** "unknown", a day the publisher states, or a guessed day with its reason. */
  date: SourceDate
  /** The page's own address for itself (rel=canonical), else where it was fetched; null for a file without one. */
  url: string | null
  /** The article's text: paragraphs separated by a blank line, no markup. Anchors refer to this. */
  text: string
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string | null {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
  if (unique.length === 0) return null
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`
}

/** A byline without its "By " and trailing dates or roles after a pipe; null for an address. */
export function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^\s*(written\s+)?by[:\s]+/i, '')
    .split(/\s+[|•·]\s+/)[0]
    ?.trim()
  // Some pages put a profile's address where the name goes.
  return cleaned && !/^(https?:)?\/\//i.test(cleaned) ? cleaned : null
}
