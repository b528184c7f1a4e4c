import { KINDS, STANCES, type Kind, type Stance } from '../story/codebook'
import type { DraftStatement } from '../extract/extract'
import type { Perspective, StoryFile } from '../story/schema'
import { checkStory } from '../story/story-check'
import {
  draftStatements,
  emptyStory,
  makeSource,
  newSourceId,
  withUnassignedIfUsed,
  type SourceMeta,
} from './draft-story'

/**
 * The import page's review: each drafted statement as the analyst has corrected it, and
 * the story file built from them. Only who spoke, the kind, the camp and the stance are
 * editable; the statement's text and offsets stay the extractor's verbatim slice.
 */

export interface ReviewRow {
  /** Stable across edits, for React keys and labels. */
  key: string
  draft: DraftStatement
  speaker: string
  role: string
  kind: Kind
  perspective: string
  stance: Stance
  label: string
  accepted: boolean
}

export interface StoryFields {
  id: string
  title: string
  question: string
  perspectives: readonly Perspective[]
}

export function reviewRows(
  drafts: readonly DraftStatement[],
  guess: (d: DraftStatement) => string,
): ReviewRow[] {
  return drafts.map((draft, index) => ({
    key: `d${index + 1}`,
    draft,
    speaker: draft.speaker,
    role: draft.role ?? '',
    kind: draft.kind,
    perspective: guess(draft),
    stance: 'neutral',
    label: 'Not yet reviewed',
    accepted: false,
  }))
}

export const isKind = (v: string): v is Kind => (KINDS as readonly string[]).includes(v)
export const isStance = (v: string): v is Stance => (STANCES as readonly string[]).includes(v)

/**
 * The story file as text, checked with the loader's own rules: it throws StoryDataError
 * naming each problem (an emptied speaker, say) rather than return a file that would
 * not load.
 */
export function buildReviewedStory(
  fields: StoryFields,
  article: { text: string; fileName: string; meta: SourceMeta; importedOn: string },
  rows: readonly ReviewRow[],
): string {
  const base = emptyStory(fields.id, {
    title: fields.title,
    question: fields.question,
    perspectives: [...fields.perspectives],
  })
  const sourceId = newSourceId(article.meta, article.fileName, [])
  const ids = draftStatements(
    rows.map((r) => ({ ...r.draft, speaker: r.speaker })),
    { sourceId, sourceText: article.text, perspectives: [], takenIds: [] },
  )
  const statements = rows.map((row, i) => {
    const statement: Partial<StoryFile['statements'][number]> & StoryFile['statements'][number] = {
      ...ids[i]!,
    }
    delete statement.review
    return {
      ...statement,
      perspective: row.perspective,
      speaker: { name: row.speaker, role: row.role.trim() === '' ? null : row.role },
      kind: row.kind,
      stance: { value: row.stance, label: row.label },
      ...(row.accepted ? {} : { review: 'draft' as const }),
    }
  })
  const story: StoryFile = {
    ...base,
    perspectives: withUnassignedIfUsed(base.perspectives, statements),
    sources: [makeSource(sourceId, article.text, article.meta, article.importedOn)],
    statements,
  }
  const json = `${JSON.stringify(story, null, 2)}\n`
  checkStory(`${fields.id || 'story'}.json`, json)
  return json
}
