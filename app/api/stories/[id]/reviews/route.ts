import { createReview } from '@/lib/commands/reviews/create'
import * as reviews from '@/lib/commands/reviews/schema'
import { route } from '@/lib/commands/route'

/** Starts the review of an article for a story, with the extractor's drafts from the page. */
export const POST = route(reviews.createReview, async ({ db, caller, input, params }) => ({
  id: await createReview(db, { storyId: params.id, actor: caller.actor, ...input }),
}))
