import { and, desc, eq, isNotNull } from 'drizzle-orm'
import { pageArchives } from './archive-tables'
import type { StoreDb } from './db'
import { reviews } from './review-tables'

/**
 * Reading the pages kept as fetched (lib/commands/articles writes them): what a source
 * page says about its copy, and the copy itself for the download and the comparison.
 */

export interface ArchiveSummary {
  id: string
  requestedUrl: string
  url: string
  fetchedAt: Date
  mediaType: string | null
  htmlSha256: string
  textSha256: string
  /** The page's size as kept, in characters. */
  htmlLength: number
  /** The writers as the page named them, if it did. */
  byline: string | null
}

export interface ArchivedPage extends ArchiveSummary {
  html: string
  text: string
}

const summary = {
  id: pageArchives.id,
  requestedUrl: pageArchives.requestedUrl,
  url: pageArchives.url,
  fetchedAt: pageArchives.fetchedAt,
  mediaType: pageArchives.mediaType,
  htmlSha256: pageArchives.htmlSha256,
  textSha256: pageArchives.textSha256,
  byline: pageArchives.byline,
}

const ofSource = (storyId: string, sourceId: string) =>
  and(eq(pageArchives.storyId, storyId), eq(pageArchives.sourceId, sourceId))

/** The copy kept of a source's page (the latest, should there be more), without the page itself. */
export async function sourceArchive(
  db: StoreDb,
  storyId: string,
  sourceId: string,
): Promise<ArchiveSummary | null> {
  const [row] = await db
    .select({ ...summary, html: pageArchives.html })
    .from(pageArchives)
    .where(ofSource(storyId, sourceId))
    .orderBy(desc(pageArchives.fetchedAt))
    .limit(1)
  if (!row) return null
  const { html, ...rest } = row
  return { ...rest, htmlLength: html.length }
}

/** The copy kept of a source's page, with the page as fetched and the text taken from it. */
export async function archivedPage(
  db: StoreDb,
  storyId: string,
  sourceId: string,
): Promise<ArchivedPage | null> {
  const [row] = await db
    .select({ ...summary, html: pageArchives.html, text: pageArchives.text })
    .from(pageArchives)
    .where(ofSource(storyId, sourceId))
    .orderBy(desc(pageArchives.fetchedAt))
    .limit(1)
  return row ? { ...row, htmlLength: row.html.length } : null
}

/**
 * The writers of a source as the page or file it was added from named them: the page as
 * fetched says, else the review that added it from a file. Null when neither named any.
 */
export async function sourceByline(
  db: StoreDb,
  storyId: string,
  sourceId: string,
  archive: Pick<ArchiveSummary, 'byline'> | null,
): Promise<string | null> {
  if (archive?.byline) return archive.byline
  const [row] = await db
    .select({ byline: reviews.byline })
    .from(reviews)
    .where(and(eq(reviews.storyId, storyId), eq(reviews.sourceId, sourceId), isNotNull(reviews.byline)))
    .orderBy(desc(reviews.createdAt))
    .limit(1)
  return row?.byline ?? null
}
