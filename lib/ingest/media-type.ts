/**
 * What a response is, from its Content-Type and, when that says nothing useful, from its
 * first bytes; and how a refusal names a type an editor did not ask for.
 */

export type DocumentKind = 'html' | 'text' | 'xml'

/** "Text/HTML; charset=UTF-8" → "text/html"; null when there is none. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return type ? type : null
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml'])
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml'])
/** Types that say nothing about the content: the bytes decide. */
const VAGUE_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown'])

export function isXmlType(type: string): boolean {
  return type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')
}

/** True when the header already rules the response out, before any of the body is read. */
export function refusedUnread(type: string | null, want: 'page' | 'feed'): boolean {
  if (type === null || VAGUE_TYPES.has(type)) return false
  const readable = HTML_TYPES.has(type) || type === 'text/plain'
  // A feed fetch reads HTML too: feeds are often mislabelled, and a page names its feeds.
  return want === 'page' ? !readable : !readable && !isXmlType(type)
}

function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\ufeff/, '')
    .trimStart()
}

/** HTML by its opening: a doctype, <html>, <head>, <body>, or a comment before them. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head(bytes))
}

/** An RSS, Atom or RDF feed by its root element (after an XML declaration and comments). */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const start = head(bytes).replace(
    /^(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)*/i,
    '',
  )
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(start)
}

/**
 * The kind of document a page fetch got, or null when it is not one the reader takes.
 * An XML type is refused here: a feed is added as a feed, not as an article.
 */
export function pageKind(type: string | null, bytes: Uint8Array): DocumentKind | null {
  if (type !== null && HTML_TYPES.has(type)) return 'html'
  if (type === 'text/plain') return looksLikeHtml(bytes) ? 'html' : 'text'
  if (type === null || VAGUE_TYPES.has(type)) return looksLikeHtml(bytes) ? 'html' : null
  return null
}

/**
 * For a feed fetch: XML when it is a feed whatever the type says (feeds are often
 * mislabelled), HTML when it is a page (whose feed links the caller can name).
 */
export function feedKind(type: string | null, bytes: Uint8Array): DocumentKind | null {
  if (looksLikeFeed(bytes)) return 'xml'
  if (type !== null && isXmlType(type)) return 'xml'
  if ((type !== null && HTML_TYPES.has(type)) || looksLikeHtml(bytes)) return 'html'
  return null
}

/** How a refusal names a type: "a PDF document", "an image". */
export function typeWords(type: string | null): string {
  if (type === null) return 'a file that does not say what it is'
  if (type === 'application/pdf') return 'a PDF document'
  if (FEED_TYPES.has(type)) return 'a news feed'
  if (isXmlType(type)) return 'XML data'
  if (type.startsWith('image/')) return 'an image'
  if (type.startsWith('video/')) return 'a video'
  if (type.startsWith('audio/')) return 'a sound file'
  if (type === 'application/json' || type.endsWith('+json')) return 'JSON data'
  if (type === 'text/css') return 'a style sheet'
  if (type.includes('javascript')) return 'a script'
  if (/msword|officedocument|opendocument|ms-excel|ms-powerpoint/.test(type)) return 'an office document'
  if (/zip|gzip|tar|rar|7z|compressed/.test(type)) return 'a compressed archive'
  if (VAGUE_TYPES.has(type)) return 'a download that does not say what it is'
  if (HTML_TYPES.has(type)) return 'a web page'
  return `a file of type “${type}”`
}
