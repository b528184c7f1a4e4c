import { settlePrivateClaim } from '@/lib/commands/private-claims/settle'
import * as privateClaims from '@/lib/commands/private-claims/schema'
import { route } from '@/lib/commands/route'

/** An editor keeps, merges or drops a coder's own claim at the settlement. */
export const POST = route(
  privateClaims.settlePrivateClaim,
  async ({ db, caller, input, params, changed }) => {
    const result = await settlePrivateClaim(db, {
      reviewId: params.id,
      claimId: params.claimId,
      actor: caller.actor,
      ...input,
    })
    changed(result.storyId)
    return { outcome: result.outcome, claimId: result.claimId }
  },
)
