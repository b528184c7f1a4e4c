import type { ReviewDraft } from '../import/review-draft'

/**
 * The shapes of a blind double coding as the store reads them and the pages and the
 * agreement report use them: here, so the report and the components need not reach into
 * the store.
 */

/** A review's head, as far as blind coding is concerned: no drafts, no choices. */
export interface CoderReview {
  id: string
  storyId: string
  codingId: string
  coder: string
  codedAt: Date | null
  status: 'open' | 'done'
  title: string
  publisher: string
}

export interface BlindCoding {
  codingId: string
  title: string
  publisher: string
  coders: { reviewId: string; coder: string; done: boolean }[]
  /** True once both are done: the settlement waits for an editor. */
  settling: boolean
  settlementId: string | null
}

export interface FinishedCoding {
  codingId: string
  title: string
  publisher: string
  /** The two coders (`user:<email>`), in the order they were named, with their statements. */
  a: { reviewId: string; coder: string; drafts: ReviewDraft[] }
  b: { reviewId: string; coder: string; drafts: ReviewDraft[] }
  /** The settlement review and the source it was saved as, once it was. */
  settlementId: string | null
  sourceId: string | null
}
