import { ArticleInputError, checkArticleText, decodeArticle } from '../extract/article-input'
import type { ArticleFields } from './article-fields'
import { decodeDocument } from './decode'
import { IngestError, megabytes } from './errors'
import { MAX_BYTES, type FetchedDocument } from './fetch'
import { extractArticle } from './html-article'
import { looksLikeHtml } from './media-type'
import { readTextArticle } from './text-article'

/**
 * The form's fields from what came in: a fetched page, or a file the editor chose. HTML
 * goes through Readability, plain text through the headline rules; either way the text
 * then meets the rules every article text meets (lib/extract/article-input).
 */

function checked(fields: ArticleFields, name: string): ArticleFields {
  try {
    return { ...fields, text: checkArticleText(fields.text, name) }
  } catch (error) {
    if (error instanceof ArticleInputError) throw new IngestError('no-article', error.message)
    throw error
  }
}

/** The article in a fetched page (see fetch.ts). Throws IngestError. */
export function articleFromPage(page: FetchedDocument): ArticleFields {
  if (page.kind === 'text') {
    const fields = readTextArticle(page.text, page.finalUrl)
    return checked(fields, 'The page')
  }
  return checked(extractArticle(page.text, page.finalUrl), 'The page')
}

/** True when a file is HTML, by its name, its type, or its first bytes. */
export function isHtmlFile(name: string, type: string | null, bytes: Uint8Array): boolean {
  return (
    /\.x?html?$/i.test(name) ||
    type === 'text/html' ||
    type === 'application/xhtml+xml' ||
    looksLikeHtml(bytes)
  )
}

/**
 * The article in a file the editor chose: a saved web page (up to 5 MB, any charset it
 * declares) or a plain-text file (up to 1 MB of UTF-8, the command line's rule). `type`
 * is what the browser said the file is, if anything. Throws IngestError.
 */
export function articleFromFile(bytes: Uint8Array, name: string, type: string | null = null): ArticleFields {
  if (isHtmlFile(name, type, bytes)) {
    if (bytes.length > MAX_BYTES) {
      throw new IngestError(
        'too-large',
        `${name}: the file is larger than ${megabytes(MAX_BYTES)}; a saved page can be at most ${megabytes(MAX_BYTES)}.`,
      )
    }
    return checked(extractArticle(decodeDocument(bytes, 'html').text, null), name)
  }
  let text: string
  try {
    text = decodeArticle(bytes, name)
  } catch (error) {
    if (error instanceof ArticleInputError) throw new IngestError('no-article', error.message)
    throw error
  }
  return checked(readTextArticle(text), name)
}
