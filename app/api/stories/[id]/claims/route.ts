import { addStoryClaim } from '@/lib/commands/claims/add'
import * as claims from '@/lib/commands/claims/schema'
import { route } from '@/lib/commands/route'

/** Adds a further claim to the story: one from the shared list, or a new one. */
export const POST = route(claims.addStoryClaim, async ({ db, caller, input, params }) => {
  return await addStoryClaim(db, { storyId: params.id, actor: caller.actor, ...input })
})
