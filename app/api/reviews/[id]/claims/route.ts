import { createPrivateClaim } from '@/lib/commands/private-claims/create'
import * as privateClaims from '@/lib/commands/private-claims/schema'
import { route } from '@/lib/commands/route'

/** A blind coder creates a claim of their own, private to their review until both coders are done. */
export const POST = route(privateClaims.createPrivateClaim, async ({ db, caller, input, params }) => {
  return await createPrivateClaim(db, { reviewId: params.id, actor: caller.actor, wording: input.wording })
})
