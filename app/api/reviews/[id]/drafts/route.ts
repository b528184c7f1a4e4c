import { addDraft } from '@/lib/commands/drafts/commands'
import * as drafts from '@/lib/commands/drafts/schema'
import { route } from '@/lib/commands/route'

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export const POST = route(drafts.addDraft, async ({ db, caller, input, params }) => ({
  draft: await addDraft(db, { reviewId: params.id, actor: caller.actor, span: input }),
}))
