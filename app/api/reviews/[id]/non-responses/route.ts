import { addNonResponse } from '@/lib/commands/non-responses/commands'
import * as nonResponses from '@/lib/commands/non-responses/schema'
import { route } from '@/lib/commands/route'

/** Records, from a selection in the article, that a camp did not respond to a claim. */
export const POST = route(nonResponses.addNonResponse, async ({ db, caller, input, params }) => ({
  nonResponse: await addNonResponse(db, { reviewId: params.id, actor: caller.actor, ...input }),
}))
