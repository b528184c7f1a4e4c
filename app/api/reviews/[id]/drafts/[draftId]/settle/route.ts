import { settleDifference } from '@/lib/commands/coding/settle'
import * as coding from '@/lib/commands/coding/schema'
import { route } from '@/lib/commands/route'

/** An editor settles a difference of two blind codings by taking one coder's value. */
export const POST = route(coding.settleDifference, async ({ db, caller, input, params }) => ({
  draft: await settleDifference(db, {
    reviewId: params.id,
    draftId: params.draftId,
    actor: caller.actor,
    ...input,
  }),
}))
