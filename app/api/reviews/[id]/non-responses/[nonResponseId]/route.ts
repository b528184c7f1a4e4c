import { removeNonResponse } from '@/lib/commands/non-responses/commands'
import * as nonResponses from '@/lib/commands/non-responses/schema'
import { route } from '@/lib/commands/route'

/** Removes a wrong non-response from the review. */
export const DELETE = route(nonResponses.removeNonResponse, async ({ db, caller, input, params }) => {
  await removeNonResponse(db, {
    reviewId: params.id,
    nonResponseId: params.nonResponseId,
    actor: caller.actor,
    ...input,
  })
  return { ok: true }
})
