import { IngestError } from './errors'
import { fetchFeedDocument, type FetchedDocument, type FetchOptions } from './fetch'
import { parseFeedXml, type ParsedFeed } from './feeds'
import { htmlDocument } from './html-article'
import { clip } from './web-address'

/**
 * Fetching and reading a feed, with the limits of any fetch (fetch.ts): a feed that is
 * too large, loops, or leads to a private address is refused like a page would be.
 */

export interface FetchedFeed {
  feed: ParsedFeed
  document: FetchedDocument
}

/** The feeds a web page names in its <link rel="alternate"> tags. */
export function feedLinks(html: string, base: string): { url: string; title: string | null }[] {
  const doc = htmlDocument(html)
  const links = Array.from(doc.querySelectorAll('link[rel~="alternate"]')).filter((link) =>
    /(rss|atom|rdf)\+xml/i.test(link.getAttribute('type') ?? ''),
  )
  return links.flatMap((link) => {
    try {
      const url = new URL(link.getAttribute('href') ?? '', base)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return []
      return [{ url: url.href, title: link.getAttribute('title')?.trim() || null }]
    } catch {
      return []
    }
  })
}

/** Fetch a feed and read its items. `scope` keys the GUIDs (the feed's id in the store). Throws IngestError. */
export async function fetchFeed(
  address: string | URL,
  options: FetchOptions & { scope?: string } = {},
): Promise<FetchedFeed> {
  const document = await fetchFeedDocument(address, options)
  if (document.kind === 'html') {
    const named = feedLinks(document.text, document.finalUrl)
    const list = named.map((f) => `“${clip(f.url)}”${f.title ? ` (${f.title})` : ''}`).join(', ')
    throw new IngestError(
      'type',
      named.length === 0
        ? 'This address is a web page, not a feed, and the page names no feed of its own.'
        : `This address is a web page, not a feed. The page names ${named.length === 1 ? 'this feed' : 'these feeds'}: ${list}.`,
      { url: document.finalUrl },
    )
  }
  return { feed: parseFeedXml(document.text, document.finalUrl, options.scope), document }
}
