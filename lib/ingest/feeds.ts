import { DetectError, ParseError, parseFeed as feedsmith } from 'feedsmith'
import { paragraphsOf } from './block-text'
import { itemKeys, urlKey, type ItemKeys } from './dedupe'
import { IngestError } from './errors'
import { htmlDocument } from './html-article'
import { readDay } from './published-date'
import { checkWebAddress } from './web-address'

/**
 * Reading an RSS, RDF or Atom feed with feedsmith (a maintained parser on fast-xml-parser,
 * set never to expand entities: no external entity is read and no "billion laughs" can
 * grow). Each item becomes a candidate with plain-text title and summary, its article's
 * address, its day, and the keys that tell a repeat (dedupe.ts). Items that cannot be
 * opened are skipped with the reason; a document that is no feed is refused.
 */

export interface FeedItem {
  /** The GUID or id as the feed gives it, or null. */
  guid: string | null
  /** The article's address (absolute, http or https). */
  url: string
  title: string
  /** Plain text, no markup; may be empty. */
  summary: string
  /** The day the feed gives, YYYY-MM-DD, or null. */
  published: string | null
  author: string | null
  /** The outlet: the item's own source, else the feed's title. */
  outlet: string | null
  keys: ItemKeys
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf'
  title: string | null
  /** The site the feed belongs to. */
  link: string | null
  items: FeedItem[]
  /** Items left out, by their place in the feed (1 = first), with the reason in words. */
  skipped: { position: number; reason: string }[]
}

/** More items than any news feed sends; the rest of a longer one is not read. */
export const MAX_FEED_ITEMS = 1_000

interface RawItem {
  title?: string
  titleIsHtml?: boolean
  link?: string
  guid?: string
  guidIsLink?: boolean
  summary?: string
  date?: string
  author?: string
  source?: string
}

/** Text of a fragment that may hold markup or entities. */
export function plainText(value: string | undefined, isHtml = true): string {
  if (!value) return ''
  if (!isHtml || !/[<&]/.test(value)) return value.replace(/\s+/g, ' ').trim()
  // One document for every fragment of a feed: parsing a fresh page per item costs ten times more.
  fragments ??= htmlDocument('')
  fragments.body.innerHTML = value
  return paragraphsOf(fragments.body).join(' ')
}
let fragments: Document | undefined

const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
  (links?.find((l) => !l.rel || l.rel === 'alternate') ?? links?.[0])?.href

const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** An RSS item; an RDF item is one without GUID, date, authors or source of its own. */
interface RssLikeItem {
  title?: string
  link?: string
  description?: string
  content?: { encoded?: string }
  dc?: { dates?: unknown[]; creators?: string[] }
  guid?: { value?: string; isPermaLink?: boolean }
  pubDate?: unknown
  authors?: { name?: string }[]
  source?: { title?: string }
}

const rssLikeItem = (i: RssLikeItem): RawItem => ({
  title: i.title,
  titleIsHtml: true,
  link: i.link,
  guid: i.guid?.value,
  guidIsLink: i.guid?.isPermaLink !== false,
  summary: i.description ?? i.content?.encoded,
  date: str(i.pubDate ?? i.dc?.dates?.[0]),
  author: i.authors?.[0]?.name ?? i.dc?.creators?.[0],
  source: i.source?.title,
})

function rawItems(parsed: ReturnType<typeof feedsmith>): {
  format: ParsedFeed['format']
  title?: string
  link?: string
  items: RawItem[]
} {
  if (parsed.format === 'atom') {
    const feed = parsed.feed
    return {
      format: 'atom',
      title: feed.title?.value,
      link: alternate(feed.links),
      items: (feed.entries ?? []).map((e) => ({
        title: e.title?.value,
        titleIsHtml: e.title?.type === 'html' || e.title?.type === 'xhtml',
        link: alternate(e.links),
        guid: e.id,
        summary: e.summary?.value ?? e.content?.value,
        date: str(e.published ?? e.updated ?? e.dc?.dates?.[0]),
        author: e.authors?.[0]?.name ?? e.dc?.creators?.[0],
        source: e.source?.title?.value,
      })),
    }
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const { title, link, items } = parsed.feed
    return { format: parsed.format, title, link, items: ((items ?? []) as RssLikeItem[]).map(rssLikeItem) }
  }
  throw new IngestError('feed', 'This is a JSON feed; the reader takes RSS and Atom feeds.')
}

function resolve(href: string | undefined, base: string): URL | null {
  if (!href?.trim()) return null
  try {
    return checkWebAddress(new URL(href.trim(), base).href, 'The item’s link')
  } catch {
    return null
  }
}

/** Read a feed's XML. `feedUrl` resolves relative links and scopes the GUIDs. Throws IngestError('feed'). */
export function parseFeedXml(xml: string, feedUrl: string, scope = urlKey(feedUrl) ?? feedUrl): ParsedFeed {
  // Declared entities are never expanded anyway; a feed that declares them is refused
  // outright, since no honest feed needs them and an XML attack does.
  if (/<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i.test(xml)) {
    throw new IngestError(
      'feed',
      'The feed declares entities of its own in a DOCTYPE. The reader does not read those: they are a known way to attack XML readers.',
    )
  }
  let parsed: ReturnType<typeof feedsmith>
  try {
    parsed = feedsmith(xml, { maxItems: MAX_FEED_ITEMS })
  } catch (error) {
    if (error instanceof DetectError)
      throw new IngestError('feed', 'This is not an RSS or Atom feed.', { cause: error })
    if (error instanceof ParseError) {
      throw new IngestError('feed', 'This looks like a feed, but it holds no channel or entries to read.', {
        cause: error,
      })
    }
    throw new IngestError(
      'feed',
      'The feed is not well-formed XML, so it cannot be read; only its publisher can mend it.',
      { cause: error },
    )
  }
  const raw = rawItems(parsed)
  const feedTitle = plainText(raw.title) || null
  const items: FeedItem[] = []
  const skipped: ParsedFeed['skipped'] = []
  raw.items.forEach((item, index) => {
    const title = plainText(item.title, item.titleIsHtml)
    const summary = plainText(item.summary)
    const url = resolve(item.link, feedUrl) ?? (item.guidIsLink ? resolve(item.guid, feedUrl) : null)
    const skip = (reason: string) => skipped.push({ position: index + 1, reason })
    if (title === '' && summary === '') return skip('It has no title or summary.')
    if (!url) return skip(item.link ? 'Its link is not a web address.' : 'It has no link to an article.')
    const guid = item.guid?.trim() || null
    items.push({
      guid,
      url: url.href,
      title: title || summary.slice(0, 120),
      summary,
      published: readDay(item.date),
      author: plainText(item.author) || null,
      outlet: plainText(item.source) || feedTitle,
      keys: itemKeys({ guid, url: url.href, title, summary }, scope),
    })
  })
  return {
    format: raw.format,
    title: feedTitle,
    link: resolve(raw.link, feedUrl)?.href ?? null,
    items,
    skipped,
  }
}
