import { foldWhitespace } from '../story/anchor'
import { UNKNOWN } from '../story/codebook'
import type { DraftStatement } from '../extract/extract'
import type { SourceDate, StoryFile } from '../story/schema'

/**
 * From an article to story data, following the codebook: a new source holding the
 * article's full text, and ids for it and its statements. Shared by `npm run import` and
 * the review pages. (A camp is suggested only from the speaker's record: camp-suggestion.ts.)
 */

type SourceData = StoryFile['sources'][number]

export interface SourceMeta {
  publisher?: string
  title?: string
  date?: string
  url?: string
}

/** Lower-case letters, digits and hyphens, as the schema requires of ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/**
 * Which occurrence of its text a draft is, counted as the loader counts (white space
 * folded); undefined when the text occurs once, as the codebook asks.
 */
export function occurrenceOf(
  sourceText: string,
  draft: Pick<DraftStatement, 'text' | 'start'>,
): number | undefined {
  const folded = foldWhitespace(sourceText)
  const needle = foldWhitespace(draft.text).text.trim()
  const starts: number[] = []
  for (let i = folded.text.indexOf(needle); i >= 0; i = folded.text.indexOf(needle, i + 1))
    starts.push(folded.origin[i]!)
  if (starts.length <= 1) return undefined
  const index = starts.findIndex((start) => start >= draft.start)
  return (index < 0 ? starts.length - 1 : index) + 1
}

export function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'statement'
  let id = root
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`
  taken.add(id)
  return id
}

/** A date as given: YYYY-MM-DD, or unknown. Anything else is refused, not guessed at. */
export function sourceDate(value: string | undefined): SourceDate {
  if (value === undefined || value === '' || value === UNKNOWN) return UNKNOWN
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ImportError(
      `The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got ${JSON.stringify(value)})`,
    )
  }
  return value
}

export function makeSource(id: string, text: string, meta: SourceMeta, importedOn: string): SourceData {
  return {
    id,
    publisher: meta.publisher?.trim() || UNKNOWN,
    title: meta.title?.trim() || UNKNOWN,
    date: sourceDate(meta.date),
    url: meta.url?.trim() || UNKNOWN,
    text,
    notes: [
      `Added with the statement extractor on ${importedOn}; each statement was reviewed by an editor before it was saved.`,
    ],
  }
}

/** A source id from the title, else the file name, never one the story already uses. */
export function newSourceId(meta: SourceMeta, fileName: string, taken: Iterable<string>): string {
  const base = slugify(meta.title ?? '') || slugify(fileName.replace(/\.[^.]+$/, '')) || 'article'
  return uniqueId(base, new Set(taken))
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

/** The story's source that already holds this article (white space folded), if any. */
export function sameArticle<T extends { id: string; text: string }>(
  sources: readonly T[],
  text: string,
): T | undefined {
  const folded = foldWhitespace(text).text.trim()
  return sources.find((s) => foldWhitespace(s.text).text.trim() === folded)
}
