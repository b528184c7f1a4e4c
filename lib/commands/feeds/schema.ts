import { z } from 'zod'
import { readKeywords } from '../../ingest/keywords'
import { endpoint } from '../endpoint'
import { pageAddress, type FetchedArticle } from '../articles/schema'

/**
 * Feeds (editors): RSS or Atom feeds watched for a story, with optional keywords; the
 * items they bring wait in the story's inbox until an editor opens one into a review or
 * dismisses it. Browser-safe.
 */

/** The keywords as the editor types them: one per line or separated by commas (lib/ingest/keywords). */
export const keywordList = z
  .string({ error: 'The keywords must be text.' })
  .max(10_000, 'The keyword list is too long.')
  .transform((value, ctx) => {
    const read = readKeywords(value)
    if (read.ok) return read.keywords
    ctx.issues.push({ code: 'custom', message: read.message, input: value })
    return z.NEVER
  })

export interface FeedRow {
  id: string
  url: string
  title: string | null
  keywords: string[]
  lastPolledAt: string | null
  lastError: string | null
  /** Goes up with each edit of the feed (its keywords), for the conflict check. */
  version: number
}

/** An item waiting in a story's inbox (lib/store/feeds reads them). */
export interface InboxItem {
  id: string
  url: string
  title: string
  summary: string
  outlet: string | null
  published: string | null
  matched: string[]
  foundAt: string
}

export const addFeed = endpoint<{ feed: FeedRow }>()({
  method: 'POST',
  path: '/api/stories/[id]/feeds',
  access: 'editor',
  input: z.strictObject({ url: pageAddress, keywords: keywordList }),
})

/**
 * A feed's keywords changed, if nobody changed them since `version`: they choose the items
 * of the polls to come; items already in the inbox stay.
 */
export const editFeedKeywords = endpoint<{ feed: FeedRow }>()({
  method: 'PATCH',
  path: '/api/stories/[id]/feeds/[feedId]',
  access: 'editor',
  input: z.strictObject({ version: z.number().int().min(1), keywords: keywordList }),
})

export const removeFeed = endpoint<{ ok: true }>()({
  method: 'DELETE',
  path: '/api/stories/[id]/feeds/[feedId]',
  access: 'editor',
  input: null,
})

/** An inbox item set aside: it stays set aside, and the feed never brings it back. */
export const dismissItem = endpoint<{ ok: true }>()({
  method: 'POST',
  path: '/api/stories/[id]/inbox/[itemId]/dismiss',
  access: 'editor',
  input: null,
})

/** An inbox item's page fetched and kept as in "add by address", for the review it starts. */
export const openItem = endpoint<FetchedArticle>()({
  method: 'POST',
  path: '/api/stories/[id]/inbox/[itemId]/open',
  access: 'editor',
  input: null,
})
