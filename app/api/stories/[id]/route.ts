import { route } from '@/lib/commands/route'
import { editStory } from '@/lib/commands/stories/edit'
import * as story from '@/lib/commands/stories/schema'

/** The story's title and question, checked against the values the editor started from. */
export const PATCH = route(story.editStory, async ({ db, caller, input, params, changed }) => {
  return { story: await editStory(db, { storyId: params.id, actor: caller.actor, ...input, changed }) }
})
