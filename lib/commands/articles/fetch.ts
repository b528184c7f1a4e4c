import '../server-only'
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { archiveOf } from '../../ingest/archive'
import { articleFromFile, articleFromPage } from '../../ingest/article'
import type { ArticleFields } from '../../ingest/article-fields'
import { IngestError } from '../../ingest/errors'
import { fetchPage, type FetchOptions } from '../../ingest/fetch'
import { compareTexts } from '../../ingest/text-diff'
import { pageArchives } from '../../store/archive-tables'
import { archivedPage } from '../../store/archives'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { invalid, notFound } from '../errors'
import { recordChanges } from '../history'
import { inTransaction } from '../transaction'
import type { FetchedArticle, SourceComparison } from './schema'

/**
 * Adding an article by its address: the page is fetched within the fetcher's limits,
 * its article read into the form's fields, and the page kept as fetched (with the
 * sha256 of the page and of its text) in one transaction with its history. The fetch
 * happens before the transaction: no row is locked while a slow site answers.
 */

/** A page or file the reader refused, as a refusal of the field it came from. */
export function refusalOf(error: unknown, field: string): unknown {
  return error instanceof IngestError ? invalid(field, error.message) : error
}

/** Refuses a story that is not there (not_found). */
export async function storyExists(db: StoreDb, storyId: string): Promise<void> {
  const [story] = await db.select({ id: t.stories.id }).from(t.stories).where(eq(t.stories.id, storyId))
  if (!story) throw notFound('There is no such story.')
}

export async function fetchArticle(
  db: StoreDb,
  input: { storyId: string; url: string; actor: string; fetch?: FetchOptions },
): Promise<FetchedArticle> {
  await storyExists(db, input.storyId)
  let page, fields: ArticleFields
  try {
    page = await fetchPage(input.url, input.fetch)
    fields = articleFromPage(page)
  } catch (error) {
    throw refusalOf(error, 'url')
  }
  const copy = archiveOf(page, fields.text)
  const id = randomUUID()
  await inTransaction(db, async (tx) => {
    await storyExists(tx, input.storyId)
    await tx.insert(pageArchives).values({
      id,
      storyId: input.storyId,
      requestedUrl: copy.requestedUrl,
      url: copy.url,
      fetchedAt: new Date(copy.fetchedAt),
      mediaType: copy.mediaType,
      charset: copy.charset,
      html: copy.html,
      htmlSha256: copy.htmlSha256,
      text: copy.text,
      textSha256: copy.textSha256,
      byline: fields.byline,
      fetchedBy: input.actor,
    })
    await recordChanges(tx, [
      {
        storyId: input.storyId,
        entity: 'archive',
        entityId: id,
        action: 'fetch',
        actor: input.actor,
        after: {
          url: copy.url,
          requestedUrl: copy.requestedUrl,
          fetchedAt: copy.fetchedAt,
          htmlSha256: copy.htmlSha256,
          textSha256: copy.textSha256,
          characters: copy.html.length,
        },
      },
    ])
  })
  return { archiveId: id, fields, url: copy.url, fetchedAt: copy.fetchedAt }
}

/** A saved page or text file the editor chose, read into the form's fields (nothing is kept). */
export function readArticleFile(input: { name: string; type: string | null; base64: string }): ArticleFields {
  try {
    return articleFromFile(Buffer.from(input.base64, 'base64'), input.name, input.type)
  } catch (error) {
    throw refusalOf(error, 'file')
  }
}

/**
 * A source's page fetched again and its article text compared with the text kept when it
 * was added. Nothing is written: the kept copy and the source's text stay as they are.
 */
export async function compareSource(
  db: StoreDb,
  input: { storyId: string; sourceId: string; fetch?: FetchOptions },
): Promise<SourceComparison> {
  const kept = await archivedPage(db, input.storyId, input.sourceId)
  if (!kept) throw notFound('This source was not added by its address, so there is no copy to compare with.')
  let now
  try {
    const page = await fetchPage(kept.requestedUrl, input.fetch)
    now = { page, fields: articleFromPage(page) }
  } catch (error) {
    throw refusalOf(error, 'source')
  }
  return {
    archivedAt: kept.fetchedAt.toISOString(),
    fetchedAt: now.page.fetchedAt,
    url: now.page.finalUrl,
    comparison: compareTexts(kept.text, now.fields.text),
  }
}
