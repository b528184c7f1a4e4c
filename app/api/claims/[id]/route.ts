import { rewordClaimAs } from '@/lib/commands/claims/reword'
import * as claims from '@/lib/commands/claims/schema'
import { route } from '@/lib/commands/route'

/** Rewords a claim in every story that uses it (editors), each story a version up with the change in its log. */
export const PATCH = route(claims.rewordClaim, async ({ db, caller, input, params, changed }) => {
  const result = await rewordClaimAs(db, { claimId: params.id, actor: caller.actor, ...input })
  for (const storyId of result.stories) changed(storyId)
  return result
})
