import { route } from '@/lib/commands/route'
import { createStory } from '@/lib/commands/stories/create'
import * as story from '@/lib/commands/stories/schema'

/** Starts a new story (question and camps); its first article is added through a review. */
export const POST = route(story.createStory, ({ db, caller, input }) =>
  createStory(db, { actor: caller.actor, ...input }),
)
