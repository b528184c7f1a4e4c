import { saveToStory } from '@/lib/commands/reviews/save'
import * as reviews from '@/lib/commands/reviews/schema'
import { route } from '@/lib/commands/route'

/** Moves the reviewed drafts, with the article as a new source, into the story. */
export const POST = route(reviews.saveReview, async ({ db, caller, params, changed }) => {
  const saved = await saveToStory(db, params.id, caller.actor)
  // Every instance shows the new rows on its next look at the story, this one at once.
  changed(saved.storyId)
  return saved
})
