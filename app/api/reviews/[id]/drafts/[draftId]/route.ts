import { removeDraft, updateDraft } from '@/lib/commands/drafts/commands'
import * as drafts from '@/lib/commands/drafts/schema'
import { route } from '@/lib/commands/route'

/** Saves changes to a draft, if nobody changed it since the editor loaded it. */
export const PATCH = route(drafts.editDraft, async ({ db, caller, input, params }) => {
  const { version, ...changes } = input
  const target = { reviewId: params.id, draftId: params.draftId, actor: caller.actor, version }
  return { draft: await updateDraft(db, { ...target, changes }) }
})

/** Removes a wrong draft from the review. */
export const DELETE = route(drafts.removeDraft, async ({ db, caller, input, params }) => {
  await removeDraft(db, { reviewId: params.id, draftId: params.draftId, actor: caller.actor, ...input })
  return { ok: true }
})
