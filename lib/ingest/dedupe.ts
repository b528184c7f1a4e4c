import { sha256Hex } from './archive'
import { foldWords } from './keywords'

/**
 * When a feed item is one the inbox already has: the same GUID, the same address (tracking
 * parameters, scheme and "www." aside), or the same title and summary once normalised. So a
 * feed that re-sends an item, changes its GUID, or republishes it at a new address adds
 * nothing twice.
 */

export interface ItemKeys {
  /**
   * The item's GUID (RSS) or id (Atom), after its feed's scope: GUIDs are unique within a
   * feed only (some feeds number items 1, 2, 3). Null when the item has none.
   */
  guid: string | null
  /** The normalised address (see urlKey); null when there is none. */
  url: string | null
  /** sha256 of the title's and summary's words, folded (see foldWords). */
  content: string
}

const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|ocid|cmpid|cmp|ito|igshid|smid|ref|ref_src|s_cid|ns_.*|at_.*|taid|rss|feed)$/i

/** An address as a dedupe key: no scheme, "www.", fragment, tracking parameters or trailing slash. */
export function urlKey(href: string | null | undefined): string | null {
  if (!href) return null
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
  const query = new URLSearchParams(params).toString()
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : ''
  return `${url.host.replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`
}

export function contentKey(title: string, summary: string): string {
  return sha256Hex(`${foldWords(title).join(' ')}\n${foldWords(summary).join(' ')}`)
}

/** The keys of an item of the feed `scope` names (its id in the store, or its address). */
export function itemKeys(
  item: { guid: string | null; url: string | null; title: string; summary: string },
  scope: string,
): ItemKeys {
  const guid = item.guid?.trim()
  return {
    guid: guid ? `${scope} ${guid}` : null,
    url: urlKey(item.url),
    content: contentKey(item.title, item.summary),
  }
}

/** Which key makes an item a repeat of one already known, or null for a new item. */
export type RepeatBy = 'guid' | 'url' | 'content'

export class KnownItems {
  private readonly guids = new Set<string>()
  private readonly urls = new Set<string>()
  private readonly contents = new Set<string>()

  constructor(keys: Iterable<ItemKeys> = []) {
    for (const k of keys) this.add(k)
  }

  add(keys: ItemKeys): void {
    if (keys.guid) this.guids.add(keys.guid)
    if (keys.url) this.urls.add(keys.url)
    this.contents.add(keys.content)
  }

  repeatBy(keys: ItemKeys): RepeatBy | null {
    if (keys.guid && this.guids.has(keys.guid)) return 'guid'
    if (keys.url && this.urls.has(keys.url)) return 'url'
    return this.contents.has(keys.content) ? 'content' : null
  }
}

/** The items not known yet, each repeat within the batch kept once (the first). */
export function freshItems<T extends { keys: ItemKeys }>(items: readonly T[], known: KnownItems): T[] {
  const fresh: T[] = []
  for (const item of items) {
    if (known.repeatBy(item.keys)) continue
    known.add(item.keys)
    fresh.push(item)
  }
  return fresh
}
