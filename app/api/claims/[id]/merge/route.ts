import { mergeClaim } from '@/lib/commands/claims/merge'
import * as claims from '@/lib/commands/claims/schema'
import { route } from '@/lib/commands/route'

/** Merges a claim into another (editors); recorded in the history of every story that used it. */
export const POST = route(claims.mergeClaim, async ({ db, caller, input, params, changed }) => {
  const result = await mergeClaim(db, { claimId: params.id, into: input.into, actor: caller.actor })
  for (const storyId of result.stories) changed(storyId)
  return result
})
