import { updateDraft } from '@/lib/commands/drafts/commands'
import * as drafts from '@/lib/commands/drafts/schema'
import { route } from '@/lib/commands/route'

/** Marks a draft reviewed (refused, saying what is missing, without a camp and a stance) or not. */
export const POST = route(drafts.markReviewed, async ({ db, caller, input, params }) => {
  const target = { reviewId: params.id, draftId: params.draftId, actor: caller.actor, version: input.version }
  return { draft: await updateDraft(db, { ...target, changes: { reviewed: input.reviewed } }) }
})
