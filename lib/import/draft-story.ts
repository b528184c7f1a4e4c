import { foldWhitespace } from '../story/anchor'
import { slugify, uniqueId } from '../story/values'
import type { DraftStatement } from '../extract/extract'
import type { SourceDate, StoryFile } from '../story/schema'

/**
 * From an article to story data, following the codebook: a new source holding the
 * article's full text, and ids for it and its statements. Shared by `npm run import` and
 * the review pages. (A camp is suggested only from the speaker's record: camp-suggestion.ts.)
 */

type SourceData = StoryFile['sources'][number]

/** What an editor gives of an article's source; empty or absent: unknown. */
export interface SourceMeta {
  publisher?: string
  title?: string
  date?: string
  url?: string
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

/** The article as a new source of the story, with its facts as the review gave them. */
export function makeSource(
  id: string,
  text: string,
  facts: { publisher: string; title: string; date: SourceDate; url: string },
  importedOn: string,
): SourceData {
  return {
    id,
    ...facts,
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

/** The story's source that already holds this article (white space folded), if any. */
export function sameArticle<T extends { id: string; text: string }>(
  sources: readonly T[],
  text: string,
): T | undefined {
  const folded = foldWhitespace(text).text.trim()
  return sources.find((s) => foldWhitespace(s.text).text.trim() === folded)
}
