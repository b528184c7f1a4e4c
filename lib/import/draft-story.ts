import { foldWhitespace } from '../story/anchor'
import { UNASSIGNED, UNKNOWN } from '../story/codebook'
import type { DraftStatement } from '../extract/extract'
import type { Perspective, SourceDate, StoryFile } from '../story/schema'

/**
 * From drafted statements to story data, following the codebook: a new source holding
 * the article's full text, and one statement per draft, marked "draft", stance neutral,
 * its camp guessed from the perspectives' own `match` words. Shared by `npm run import`
 * and the import page, so both write the same data.
 */

type StatementData = StoryFile['statements'][number]
type SourceData = StoryFile['sources'][number]

export interface SourceMeta {
  publisher?: string
  title?: string
  date?: string
  url?: string
}

export const UNASSIGNED_PERSPECTIVE: Perspective = {
  id: UNASSIGNED,
  label: 'Unassigned drafts',
  definition:
    'Statements drafted by the import tool that no camp’s match words placed; assign each to a camp on review.',
}

export const DRAFT_STANCE_LABEL = 'Not yet reviewed'

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The camp whose match words occur most often in the speaker's name and title; a tie or
 * no match leaves it unassigned, for the analyst to decide.
 */
export function guessPerspective(
  draft: Pick<DraftStatement, 'speaker' | 'role'>,
  perspectives: readonly Perspective[],
): string {
  const who = `${draft.speaker} ${draft.role ?? ''}`
  let best: string = UNASSIGNED
  let bestHits = 0
  let tied = false
  for (const perspective of perspectives) {
    const hits = (perspective.match ?? []).filter((word) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').test(who),
    ).length
    if (hits > bestHits) {
      best = perspective.id
      bestHits = hits
      tied = false
    } else if (hits > 0 && hits === bestHits) tied = true
  }
  return tied ? UNASSIGNED : best
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

function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'statement'
  let id = root
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`
  taken.add(id)
  return id
}

export interface DraftOptions {
  sourceId: string
  sourceText: string
  perspectives: readonly Perspective[]
  /** Statement ids already in the story. */
  takenIds: Iterable<string>
}

export function draftStatements(drafts: readonly DraftStatement[], options: DraftOptions): StatementData[] {
  const taken = new Set(options.takenIds)
  return drafts.map((draft) => {
    const surname =
      draft.speaker
        .split(/\s+/)
        .filter((w) => !/\.$/.test(w))
        .at(-1) ?? draft.speaker
    const occurrence = occurrenceOf(options.sourceText, draft)
    return {
      id: uniqueId(`${slugify(surname)}-${options.sourceId}`.replace(/^-+/, ''), taken),
      perspective: guessPerspective(draft, options.perspectives),
      speaker: { name: draft.speaker, role: draft.role },
      text: draft.text,
      kind: draft.kind,
      attribution: draft.attribution.trim() || draft.cue.trim() || 'not stated',
      channel: draft.channel,
      stance: { value: 'neutral', label: DRAFT_STANCE_LABEL },
      source: options.sourceId,
      ...(occurrence ? { occurrence } : {}),
      caveats: [],
      review: 'draft',
    }
  })
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
      `Imported with the statement extractor on ${importedOn}; its statements are drafts until an analyst reviews them.`,
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

export interface ArticleImport {
  text: string
  fileName: string
  meta: SourceMeta
  drafts: readonly DraftStatement[]
  importedOn: string
}

/**
 * The story with the article added as a new source and its drafts as statements. The
 * story passed in is not changed. An article already in the story is refused: a source
 * is never replaced or duplicated.
 */
export function addArticle(
  story: StoryFile,
  article: ArticleImport,
): { story: StoryFile; sourceId: string; added: StatementData[] } {
  const folded = foldWhitespace(article.text).text.trim()
  const same = story.sources.find((s) => foldWhitespace(s.text).text.trim() === folded)
  if (same)
    throw new ImportError(
      `story ${story.id} already has this article, as source ${same.id}; nothing was changed`,
    )
  const sourceId = newSourceId(
    article.meta,
    article.fileName,
    story.sources.map((s) => s.id),
  )
  const added = draftStatements(article.drafts, {
    sourceId,
    sourceText: article.text,
    perspectives: story.perspectives,
    takenIds: story.statements.map((s) => s.id),
  })
  return {
    sourceId,
    added,
    story: {
      ...story,
      perspectives: withUnassignedIfUsed(story.perspectives, added),
      sources: [...story.sources, makeSource(sourceId, article.text, article.meta, article.importedOn)],
      statements: [...story.statements, ...added],
    },
  }
}

/** The camps, plus the unassigned one (once, last) when a statement is placed in it. */
export function withUnassignedIfUsed(
  perspectives: readonly Perspective[],
  statements: readonly { perspective: string }[],
): Perspective[] {
  const used = statements.some((s) => s.perspective === UNASSIGNED)
  const present = perspectives.some((p) => p.id === UNASSIGNED)
  return used && !present ? [...perspectives, UNASSIGNED_PERSPECTIVE] : [...perspectives]
}

/** An empty story to import the first article into. */
export function emptyStory(
  id: string,
  fields: { title?: string; question?: string; perspectives?: Perspective[] },
): StoryFile {
  return {
    id,
    title: fields.title?.trim() || `Imported story ${id}`,
    question: fields.question?.trim() || 'Not yet written: the claim the statements take a stance on.',
    perspectives:
      fields.perspectives && fields.perspectives.length > 0 ? fields.perspectives : [UNASSIGNED_PERSPECTIVE],
    sources: [],
    events: [],
    statements: [],
    relatedReports: [],
  }
}
