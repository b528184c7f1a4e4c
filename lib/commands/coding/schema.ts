import { z } from 'zod'
import { SETTLED_FIELDS, type ClaimField } from '../../coding/settlement'
import type { ReviewDraft } from '../../import/review-draft'
import { version } from '../../story/fields'
import { endpoint } from '../endpoint'

/**
 * Blind double coding (editors): each coder marks their own review done; once both are,
 * the codings are compared and an editor settles their differences.
 */

/** The coder marks their coding done: every statement reviewed or removed. It changes no more. */
export const finishCoding = endpoint<{
  storyId: string
  codingId: string
  bothDone: boolean
  settlementId: string | null
}>()({
  method: 'POST',
  path: '/api/reviews/[id]/coded',
  access: 'editor',
  input: null,
})

/** An editor settles one difference of a pair by taking one coder's value. */
export const settleDifference = endpoint<{ draft: ReviewDraft }>()({
  method: 'POST',
  path: '/api/reviews/[id]/drafts/[draftId]/settle',
  access: 'editor',
  input: z.strictObject({
    version,
    field: z.union(
      [
        z.enum(SETTLED_FIELDS),
        // The stance on a further claim: `claim:` and the claim's id.
        z.custom<ClaimField>((value) => typeof value === 'string' && /^claim:.{1,200}$/su.test(value)),
      ],
      { error: 'Choose which difference to settle.' },
    ),
    side: z.enum(['first', 'second'], { error: 'Choose whose value to take.' }),
  }),
})
