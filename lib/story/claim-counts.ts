import type { Stance } from './codebook'

/**
 * A claim's stance counts per story and camp, as the claims' pages show them: shaped here so
 * the store's aggregate read (lib/store/claim-index.ts) and the view that lays them out share
 * one type without the view reaching into the store.
 */

export type StanceCounts = Record<Stance, number>

export interface ClaimCampCounts {
  perspectiveId: string
  label: string
  counts: StanceCounts
  /** Records that the camp gave no public response on the claim. */
  nonResponses: number
}

export interface ClaimStoryCounts {
  storyId: string
  title: string
  /** Whether the claim is this story's main claim (its question). */
  main: boolean
  /** Every camp of the story, in the story's order, with its stances on the claim. */
  camps: ClaimCampCounts[]
}

export interface ClaimSummary {
  id: string
  slug: string
  wording: string
  /** Stories by id. */
  stories: ClaimStoryCounts[]
  /** Statements with a stance on the claim, in every story. */
  total: number
}

export const noStances = (): StanceCounts => ({ supports: 0, mixed: 0, neutral: 0, rejects: 0 })
