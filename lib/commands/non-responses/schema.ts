import { z } from 'zod'
import { dayOrNone, span, version } from '../../story/fields'
import type { ReviewNonResponse } from '../../import/review-draft'
import { endpoint } from '../endpoint'

export type { ReviewNonResponse }

/**
 * Non-responses in review (editors): the article says a camp did not respond to a claim
 * ("has not responded to the claims made by …"). The editor selects that passage and
 * names the camp, the claim and the day as of which; it goes into the story with "Save
 * to story", anchored in the source the article becomes. Not a statement: no stance.
 */

export const AS_OF_PROBLEM =
  'The “as of” date must be a real day, written as year-month-day (2023-12-16), or left empty to use the article’s date.'

/** YYYY-MM-DD, or empty (or null): the article's date stands for it. */
const asOf = dayOrNone(AS_OF_PROBLEM)

const NON_RESPONSES = '/api/reviews/[id]/non-responses'

export const addNonResponse = endpoint<{ nonResponse: ReviewNonResponse }>()({
  method: 'POST',
  path: NON_RESPONSES,
  access: 'editor',
  input: z.strictObject({
    span,
    perspective: z
      .string({ error: 'Choose the camp that did not respond.' })
      .min(1, 'Choose the camp that did not respond.')
      .max(200),
    claim: z
      .string({ error: 'Choose the claim it did not respond to.' })
      .min(1, 'Choose the claim it did not respond to.')
      .max(200),
    asOf: asOf.optional(),
  }),
})

export const removeNonResponse = endpoint<{ ok: boolean }>()({
  method: 'DELETE',
  path: `${NON_RESPONSES}/[nonResponseId]`,
  access: 'editor',
  input: z.strictObject({ version }),
})
