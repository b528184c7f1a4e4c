import type { Channel, Kind, Stance } from '../story/codebook'
import type { DraftStatement } from '../extract/extract'
import { suggestStatementDate } from '../extract/statement-date'
import type { Perspective, StoryFile } from '../story/schema'
import { slugify, uniqueId } from '../story/values'
import type { CampSuggestion } from './camp-suggestion'
import { occurrenceOf } from './draft-story'

/**
 * A draft under review, and the rules it follows: what it still lacks before an editor
 * may mark it reviewed, how a selection becomes its span, and how reviewed drafts become
 * story statements. Free of the store and of React, so the page and the store agree.
 */

export interface ReviewDraft {
  id: string
  position: number
  speaker: { name: string; role: string | null }
  /** Offsets in the review's article; `text` is always article.slice(start, end). */
  start: number
  end: number
  text: string
  kind: Kind | null
  attribution: string
  channel: Channel | null
  caveats: string[]
  perspective: string | null
  /**
   * Present while `perspective` is the camp the speaker's record suggests (and where that
   * record comes from), not yet an editor's choice; the editor confirms it as any field.
   */
  campSuggestion?: CampSuggestion
  /** The stance on the story's main claim (its question); null when not chosen, or not addressed. */
  stance: { value: Stance; label: string } | null
  /**
   * Stances on the story's further claims, in the story's claim order; a claim the
   * statement does not address has none. Never set by default.
   */
  stances: DraftStance[]
  reviewed: boolean
  speakerUncertain: boolean
  /** The day the statement was made (YYYY-MM-DD); null: the source's date stands for it. */
  date: string | null
  /**
   * The article's words a suggested `date` was read from ("on Monday"): a draft value
   * for the editor to check. Null when they set the date themselves, or there is none.
   */
  dateCue: string | null
  version: number
}

/**
 * The article says a camp did not respond to a claim ("has not responded to the claims
 * made by …"): recorded in review from a selection, saved into the story with the drafts
 * (lib/commands/non-responses). Not a statement: no speaker, no stance.
 */
export interface ReviewNonResponse {
  id: string
  perspective: string
  claim: string
  /** Offsets in the review's article; `text` is always article.slice(start, end). */
  start: number
  end: number
  text: string
  /** YYYY-MM-DD; null: the article's date stands for it. */
  asOf: string | null
  version: number
}

export interface DraftStance {
  claim: string
  value: Stance
  label: string
}

/**
 * What a draft lacks before it may be marked reviewed, in the editor's words. It needs a
 * stance on at least one of the story's claims, the question or a further one (codebook,
 * "Claims"); the stance on the question may then stay blank: it does not address it. A camp
 * still only suggested is lacking too: no draft is reviewed on a suggestion.
 */
export function missingForReview(draft: Omit<ReviewDraft, 'id' | 'position' | 'version'>): string[] {
  const missing: string[] = []
  if (draft.perspective === null) missing.push('a camp')
  // A suggested camp is the record's guess, not the editor's choice: it counts once confirmed.
  else if (draft.campSuggestion) missing.push('a camp you have confirmed (the suggested one or another)')
  if (draft.stance === null && draft.stances.length === 0)
    missing.push('a stance on the question or on another claim')
  if (draft.stance !== null && draft.stance.label.trim() === '') missing.push('a short label for the stance')
  if (draft.stances.some((s) => s.label.trim() === ''))
    missing.push('a short label for each stance on a claim')
  if (draft.speaker.name.trim() === '') missing.push('the speaker’s name')
  if (draft.kind === null) missing.push('whether it is a direct quote or a paraphrase')
  if (draft.channel === null) missing.push('whether the source knows it first-hand or secondhand')
  if (draft.attribution.trim() === '') missing.push('how the source knows it (attribution)')
  return missing
}

/** "a camp and a stance", "a camp, a stance and the kind". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const EDGE = /[\s"'“”‘’«»]/u

/**
 * A selection as a span: white space and quotation marks at either edge left out, since a
 * statement's text is the words without the marks. Null when nothing is left.
 */
export function trimSpan(article: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(article.length, Math.max(start, end))
  while (s < e && EDGE.test(article[s]!)) s++
  while (e > s && EDGE.test(article[e - 1]!)) e--
  return s < e ? { start: s, end: e } : null
}

/**
 * The drafts the extractor gives, as the review first stores them. Given the article
 * and its date, each gets the date the words around it suggest, if any; given the
 * speakers' records (campSuggester), the camp a record suggests, marked as suggested.
 * No camp otherwise, and never a stance.
 */
export function initialDrafts(
  extracted: readonly DraftStatement[],
  perspectives: readonly Pick<Perspective, 'id'>[],
  article?: { text: string; date: string | null },
  suggestCamp: (speaker: string) => CampSuggestion | null = () => null,
): Omit<ReviewDraft, 'version'>[] {
  const camps = new Set(perspectives.map((p) => p.id))
  return extracted.map((d, position) => {
    const suggested = article ? suggestStatementDate(article.text, d, article.date) : null
    // A speaker left as written for review is no one's record yet; a camp is one of this story's.
    const found = d.speakerUncertain ? null : suggestCamp(d.speaker)
    const camp = found && camps.has(found.perspective) ? found : null
    return {
      id: `d${position + 1}`,
      position,
      speaker: { name: d.speaker, role: d.role },
      start: d.start,
      end: d.end,
      text: d.text,
      kind: d.kind,
      attribution: d.attribution.trim() || d.cue.trim(),
      channel: d.channel,
      caveats: [],
      perspective: camp?.perspective ?? null,
      ...(camp ? { campSuggestion: camp } : {}),
      stance: null,
      stances: [],
      reviewed: false,
      speakerUncertain: d.speakerUncertain === true,
      date: suggested?.date ?? null,
      dateCue: suggested?.cue ?? null,
    }
  })
}

type StatementData = StoryFile['statements'][number]

/** Reviewed drafts as statements of the story, anchored in the source that holds the article. */
export function draftsToStatements(
  drafts: readonly ReviewDraft[],
  source: { id: string; text: string },
  takenIds: Iterable<string>,
): StatementData[] {
  const taken = new Set(takenIds)
  return drafts.map((d) => {
    if (
      !d.reviewed ||
      d.perspective === null ||
      (d.stance === null && d.stances.length === 0) ||
      d.kind === null ||
      d.channel === null
    )
      throw new Error(`draft ${d.id} is not reviewed`)
    const surname =
      d.speaker.name
        .split(/\s+/)
        .filter((w) => !/\.$/.test(w))
        .at(-1) ?? d.speaker.name
    const occurrence = occurrenceOf(source.text, d)
    return {
      id: uniqueId(`${slugify(surname)}-${source.id}`.replace(/^-+/, ''), taken),
      perspective: d.perspective,
      speaker: { name: d.speaker.name.trim(), role: d.speaker.role?.trim() || null },
      text: d.text,
      kind: d.kind,
      attribution: d.attribution.trim(),
      channel: d.channel,
      ...(d.stance ? { stance: { value: d.stance.value, label: d.stance.label.trim() } } : {}),
      stances: d.stances.map((s) => ({ claim: s.claim, value: s.value, label: s.label.trim() })),
      source: source.id,
      ...(occurrence ? { occurrence } : {}),
      ...(d.date ? { date: d.date } : {}),
      caveats: d.caveats.map((c) => c.trim()).filter((c) => c !== ''),
    }
  })
}
