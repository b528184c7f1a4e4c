import type { Channel, Kind, Stance, StanceFacet } from './codebook'

/**
 * The words the app shows for the codebook's vocabularies, in one place: the tables,
 * facets, legend, matrix, exports and citations all take their wording from here.
 */

export const STANCE_NAMES: Record<Stance, string> = {
  supports: 'Supports',
  mixed: 'Mixed',
  neutral: 'Neutral',
  rejects: 'Rejects',
}

/**
 * What each stance means toward the claim it is taken on (the legend beside it). Neutral
 * follows the codebook: the statement addresses the claim and takes no side; a statement
 * that does not address it has no stance at all.
 */
export const STANCE_MEANINGS: Record<Stance, string> = {
  supports: 'agrees with the claim as stated',
  mixed: 'agrees in part, or splits the blame',
  neutral: 'addresses it and takes no side',
  rejects: 'denies it or blames elsewhere',
}

/** How the claim matrix names a camp with no statement on a claim, and one that did not respond. */
export const SILENT = 'silent'
export const NO_RESPONSE = 'no public response'

/** A statement with no stance on the claim shown: it does not address it. */
export const NO_STANCE_NAME = 'Does not address the question'

/** The stance facet's words, the blank last. */
export const STANCE_FACET_NAMES: Record<StanceFacet, string> = { ...STANCE_NAMES, none: NO_STANCE_NAME }

export const KIND_LABELS: Record<Kind, string> = { direct: 'Direct quote', paraphrase: 'Paraphrase' }

export const CHANNEL_LABELS: Record<Channel, string> = { firsthand: 'First-hand', secondhand: 'Secondhand' }

/** How an unknown source fact is worded: capitalised to stand alone, lower-case in a sentence. */
export const UNKNOWN_SOURCE = {
  publisherAndTitle: 'Publisher and title unknown',
  publisher: 'Publisher unknown',
  title: 'Title unknown',
  date: 'Date unknown',
  url: 'URL unknown',
} as const

export const inSentence = (wording: string): string =>
  // "URL unknown" keeps its capitals; the rest start lower-case mid-sentence.
  /^[A-Z][a-z]/.test(wording) ? wording[0]!.toLowerCase() + wording.slice(1) : wording

/** "Publisher, title" with the unknown parts said to be unknown. */
export function publisherAndTitle(publisher: string | null, title: string | null): string {
  if (publisher === null && title === null) return UNKNOWN_SOURCE.publisherAndTitle
  return `${publisher ?? UNKNOWN_SOURCE.publisher}, ${title ?? inSentence(UNKNOWN_SOURCE.title)}`
}

/**
 * What a matrix cell notes about a camp whose only position is a standing one, or that
 * did not answer: read from a statement's attribution and caveats, as the codebook
 * records them.
 */
export const MATRIX_NOTES: readonly (readonly [RegExp, string])[] = [
  [/standing position/i, 'standing position only'],
  [/did not respond|has not responded|no response/i, 'did not respond to these claims'],
]
