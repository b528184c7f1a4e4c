import { z } from 'zod'
import type { ArticleFields } from '../../ingest/article-fields'
import { IngestError } from '../../ingest/errors'
import type { TextComparison } from '../../ingest/text-diff'
import { readWebAddress } from '../../ingest/web-address'
import { endpoint, MB } from '../endpoint'

/**
 * Articles from where analysts find them (editors): a page fetched by its address and
 * kept as fetched, a saved page or text file read into the form's fields, and a source's
 * page fetched again to show what its publisher changed since. Browser-safe.
 */

/** The address an editor types, by the fetcher's own rule (lib/ingest/web-address). */
export const pageAddress = z
  .string({ error: 'Give the address of the page, starting with https://.' })
  .transform((value, ctx) => {
    try {
      return readWebAddress(value).href
    } catch (error) {
      if (!(error instanceof IngestError)) throw error
      ctx.issues.push({ code: 'custom', message: error.message, input: value })
      return z.NEVER
    }
  })

/** What a fetch gives the form: its fields, and the archived copy's id for the review. */
export interface FetchedArticle {
  archiveId: string
  fields: ArticleFields
  /** Where the page came from after redirects, and when (ISO 8601). */
  url: string
  fetchedAt: string
}

export const fetchArticle = endpoint<FetchedArticle>()({
  method: 'POST',
  path: '/api/stories/[id]/articles/fetch',
  access: 'editor',
  input: z.strictObject({ url: pageAddress }),
})

/** The largest file an editor can open: a saved page, as the fetcher takes (5 MB). */
export const FILE_MAX_BYTES = 5_000_000

export const readArticleFile = endpoint<{ fields: ArticleFields }>()({
  method: 'POST',
  path: '/api/stories/[id]/articles/file',
  access: 'editor',
  // Base64 makes 5 MB into 6.7 MB.
  maxBytes: 7 * MB,
  input: z.strictObject({
    name: z.string({ error: 'The file’s name is missing.' }).max(500, 'The file’s name is too long.'),
    type: z.string().max(200).nullable(),
    base64: z
      .base64({ error: 'The file could not be read. Choose it again.' })
      .max(
        Math.ceil(FILE_MAX_BYTES / 3) * 4,
        'The file is larger than 5 MB; a saved page can be at most 5 MB.',
      ),
  }),
})

/** A source's page fetched again, its text against the text kept when it was added. */
export interface SourceComparison {
  /** When the kept copy was fetched, and when it was fetched now (ISO 8601). */
  archivedAt: string
  fetchedAt: string
  url: string
  comparison: TextComparison
}

export const compareSource = endpoint<SourceComparison>()({
  method: 'POST',
  path: '/api/stories/[id]/sources/[sourceId]/compare',
  access: 'editor',
  input: null,
})
