import { createHash } from 'node:crypto'
import type { ArticleFields } from './article-fields'
import type { FetchedDocument } from './fetch'

/**
 * The page kept as it was fetched, with fingerprints: evidence can then be shown against
 * what was published, even after the publisher edits or removes the page.
 */

/** sha256 as 64 hex digits; a string is hashed as its UTF-8 bytes. */
export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}

export interface ArchivedCopy {
  /** The address asked for, and where the page came from after redirects. */
  requestedUrl: string
  url: string
  /** ISO 8601, UTC. */
  fetchedAt: string
  mediaType: string | null
  /** The encoding the page was read in. */
  charset: string
  /** The page as fetched, decoded to text (HTML, or the plain text for a text page). Never rendered. */
  html: string
  htmlSha256: string
  /** The article text extracted from it: what anchors refer to. */
  text: string
  textSha256: string
}

/** What the store keeps of a fetch. `text` is the article text as saved (after the editor's checks). */
export function archiveOf(page: FetchedDocument, text: ArticleFields['text']): ArchivedCopy {
  return {
    requestedUrl: page.url,
    url: page.finalUrl,
    fetchedAt: page.fetchedAt,
    mediaType: page.mediaType,
    charset: page.charset,
    html: page.text,
    htmlSha256: sha256Hex(page.text),
    text,
    textSha256: sha256Hex(text),
  }
}
