import { restoreDraft } from '@/lib/commands/drafts/commands'
import * as drafts from '@/lib/commands/drafts/schema'
import { route } from '@/lib/commands/route'

/** Brings back a draft just removed (the card's Undo). */
export const POST = route(drafts.restoreDraft, async ({ db, caller, params }) => ({
  draft: await restoreDraft(db, { reviewId: params.id, draftId: params.draftId, actor: caller.actor }),
}))
