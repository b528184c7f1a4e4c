import { z } from 'zod'
import type { ReviewDraft } from '../../import/review-draft'
import { draftFields, span, version } from '../../story/fields'
import { endpoint } from '../endpoint'

/**
 * The drafts of a review (editors), each change saved at once and checked against the
 * draft's version. A draft's fields follow the same rules as a statement's
 * (lib/story/fields); its words change only through a selection in the article (`span`).
 */

const DRAFTS = '/api/reviews/[id]/drafts'
const DRAFT = '/api/reviews/[id]/drafts/[draftId]'

export const draftChanges = z.strictObject({ ...draftFields, span }).partial()
export type DraftChanges = z.output<typeof draftChanges>
export type DraftChangesInput = z.input<typeof draftChanges>

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export const addDraft = endpoint<{ draft: ReviewDraft }>()({
  method: 'POST',
  path: DRAFTS,
  access: 'editor',
  input: span,
})

/**
 * Saves changes to a draft, if nobody changed it since `version`; with `reviewed`, marks
 * it reviewed (or not) in the same save, so a mark made while an edit was on its way
 * goes with that edit.
 */
export const editDraft = endpoint<{ draft: ReviewDraft }>()({
  method: 'PATCH',
  path: DRAFT,
  access: 'editor',
  input: z.strictObject({ version, ...draftChanges.shape, reviewed: z.boolean().optional() }),
})

/** Marks a draft reviewed (refused, saying what is missing) or not. */
export const markReviewed = endpoint<{ draft: ReviewDraft }>()({
  method: 'POST',
  path: `${DRAFT}/reviewed`,
  access: 'editor',
  input: z.strictObject({ version, reviewed: z.boolean() }),
})

/** Removes a wrong draft from the review. */
export const removeDraft = endpoint<{ ok: boolean }>()({
  method: 'DELETE',
  path: DRAFT,
  access: 'editor',
  input: z.strictObject({ version }),
})

/** Undoes a draft's removal: the draft comes back as it was removed, a change of its own. */
export const restoreDraft = endpoint<{ draft: ReviewDraft }>()({
  method: 'POST',
  path: `${DRAFT}/restore`,
  access: 'editor',
  input: null,
})
