import { dayInAddress, type DateClue } from './published-date'

/**
 * What a page says about itself, read before Readability rewrites the document: meta
 * tags (Open Graph, Dublin Core, Parse.ly and the like), JSON-LD, the canonical link.
 */

export interface PageMetadata {
  headline: string | null
  publisher: string | null
  authors: string[]
  canonical: string | null
  /** Date clues, most trusted first (see published-date.ts). */
  dates: DateClue[]
}

type Json = Record<string, unknown>

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle)$/

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'date',
]
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
]

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null
}

/** Every JSON object in the page's JSON-LD scripts, @graph and arrays flattened. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value && typeof value === 'object') {
      out.push(value as Json)
      const graph = (value as Json)['@graph']
      if (graph) visit(graph)
    }
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some CMSs wrap the JSON in an HTML comment or CDATA.
      visit(
        JSON.parse((script.textContent ?? '').replace(/^\s*(<!--|\/\/<!\[CDATA\[)|(-->|\/\/\]\]>)\s*$/g, '')),
      )
    } catch {
      // A broken block says nothing; the meta tags still may.
    }
  }
  return out
}

const types = (item: Json) => [item['@type']].flat().filter((t): t is string => typeof t === 'string')
const name = (value: unknown): string | null =>
  text(value) ??
  (value && typeof value === 'object' && !Array.isArray(value) ? text((value as Json).name) : null)

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>()
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase()
    const content = text(meta.getAttribute('content'))
    if (key && content && !map.has(key)) map.set(key, content)
  }
  return map
}

const isAddress = (value: string) => /^(https?:)?\/\//i.test(value)

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null
  try {
    const url = base ? new URL(href, base) : new URL(href)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

/** Read the page's own account of itself. `url` is where it came from, for relative links. */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const meta = metaMap(doc)
  const ld = jsonLd(doc)
  const article = ld.find((item) => types(item).some((t) => ARTICLE_TYPES.test(t)))
  const site = ld.find((item) =>
    types(item).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/.test(t)),
  )
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined)

  const authors = [article?.author]
    .flat(2)
    .map(name)
    .filter((a): a is string => a !== null && !isAddress(a))
  const metaAuthor =
    meta.get('author') ?? meta.get('article:author') ?? meta.get('parsely-author') ?? meta.get('dc.creator')
  if (authors.length === 0 && metaAuthor && !isAddress(metaAuthor)) authors.push(metaAuthor)

  const shown = doc.querySelector(
    'time[itemprop="datePublished"], time[pubdate], time.published, article time[datetime], main time[datetime]',
  )
  const shownWords = text(shown?.textContent) ?? shown?.getAttribute('datetime') ?? ''
  const inAddress = dayInAddress(url)
  const dates: DateClue[] = [
    { value: text(article?.datePublished) },
    { value: first(PUBLISHED_META) },
    {
      value: shown?.getAttribute('datetime'),
      inferred: `taken from the date shown on the page (“${shownWords}”)`,
    },
    { value: text(article?.dateCreated), inferred: 'the page gives only the date it was created' },
    {
      value: text(article?.dateModified) ?? first(MODIFIED_META),
      inferred: 'the page gives only the date it was last changed',
    },
    {
      value: inAddress?.day,
      inferred: `guessed from the date in the page’s address (${inAddress?.written})`,
    },
  ]

  const canonicalLink = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')
  const mainEntity = article?.mainEntityOfPage
  const entityUrl =
    typeof mainEntity === 'string'
      ? mainEntity
      : (name((mainEntity as Json | undefined)?.['@id']) ?? name((mainEntity as Json | undefined)?.url))

  return {
    headline: text(article?.headline) ?? meta.get('og:title') ?? null,
    publisher:
      name(article?.publisher) ??
      meta.get('og:site_name') ??
      name(site?.name) ??
      meta.get('application-name') ??
      meta.get('publisher') ??
      null,
    authors,
    canonical: absolute(canonicalLink, url) ?? absolute(meta.get('og:url'), url) ?? absolute(entityUrl, url),
    dates,
  }
}
