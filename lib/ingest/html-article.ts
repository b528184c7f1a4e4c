import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { cleanByline, listNames, type ArticleFields } from './article-fields'
import { dropLinkBlocks, paragraphsOf } from './block-text'
import { IngestError } from './errors'
import { readMetadata } from './metadata'
import { readDay, sourceDate } from './published-date'

/**
 * An article out of a web page: Mozilla's Readability (Firefox's Reader View) finds the
 * main text among navigation, comments and widgets; the page's metadata gives the title,
 * publisher, byline, date and canonical address. Runs on the server, on linkedom's DOM:
 * no script on the page runs and nothing it links to is loaded.
 */

/** Parse HTML into a document. linkedom needs the markup to open at <html> or a doctype. */
export function htmlDocument(html: string): Document {
  const markup = /^\s*(<!doctype|<html)/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`
  return parseHTML(markup).document as unknown as Document
}

/** "Headline | Outlet", "Headline - Outlet", "Outlet: Headline": the headline, and the outlet. */
function splitTitle(title: string): { headline: string; site: string } | null {
  const match = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(title)
  if (!match) return null
  const site = match[2]!.trim()
  return site.split(/\s+/).length <= 5 ? { headline: match[1]!.trim(), site } : null
}

function withoutSite(title: string | null, publisher: string | null): string | null {
  if (!title) return null
  const split = splitTitle(title)
  if (split && publisher && split.site.toLowerCase() === publisher.toLowerCase()) return split.headline
  return title
}

/** Lines a page puts between paragraphs that are never the article's words. */
const BOILERPLATE =
  /^(advertisement|advert|ad|sponsored|sponsored content|story continues below( this)? advertisement|scroll to continue( with content)?|continue reading( below)?)$/i

/**
 * A short line at the top that repeats what the form shows apart: the headline, the
 * byline ("By Omar Farooq & Lena Hart"), the outlet and desk, the date.
 */
function isMasthead(
  paragraph: string,
  fields: { title: string | null; byline: string | null; publisher: string | null; authors: string[] },
): boolean {
  const lower = paragraph.toLowerCase()
  if (fields.title && lower === fields.title.toLowerCase()) return true
  if (paragraph.split(/\s+/).length > 12 || /[.!?"”]$/.test(paragraph)) return false
  if (/^by\s/i.test(paragraph) || (fields.byline && lower === fields.byline.toLowerCase())) return true
  if (readDay(paragraph.replace(/^(published|updated|posted)( on)?:?\s*/i, '')) !== null) return true
  const names = [fields.publisher, ...fields.authors].filter((n): n is string => !!n)
  return names.some((n) => lower.includes(n.toLowerCase()))
}

/**
 * Extract the article from a page's HTML. `url` is where the page came from (for relative
 * links and a date in the address); null for a file. Throws IngestError('no-article')
 * when the page holds no readable text.
 */
export function extractArticle(html: string, url: string | null): ArticleFields {
  const doc = htmlDocument(html)
  const meta = readMetadata(doc, url)
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  const fromTitle = splitTitle(documentTitle)

  // Readability rewrites the document it reads, so it comes after the metadata.
  const read = new Readability(doc, { serializer: (el: Node) => el }).parse()
  const content = read?.content as unknown as Element | undefined
  if (content) dropLinkBlocks(content)
  const paragraphs = (content ? paragraphsOf(content) : []).filter((p) => !BOILERPLATE.test(p))

  const publisher = meta.publisher ?? read?.siteName?.trim() ?? fromTitle?.site ?? null
  const title = withoutSite(
    meta.headline ?? read?.title?.trim() ?? fromTitle?.headline ?? documentTitle,
    publisher,
  )
  const byline = listNames(meta.authors) ?? cleanByline(read?.byline)

  while (
    paragraphs.length > 0 &&
    isMasthead(paragraphs[0]!, { title, byline, publisher, authors: meta.authors })
  ) {
    paragraphs.shift()
  }
  if (paragraphs.length === 0) {
    throw new IngestError(
      'no-article',
      'No article text could be found on this page. If the article is there, copy its text and paste it instead.',
      { url: url ?? undefined },
    )
  }
  return {
    title: title || null,
    publisher,
    byline,
    date: sourceDate(meta.dates),
    url: meta.canonical ?? url,
    text: paragraphs.join('\n\n'),
  }
}
