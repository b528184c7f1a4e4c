import { editStoryBody } from '@/lib/edits/requests'
import { editStory } from '@/lib/store/story-edits'
import { editRoute } from '../edit-route'

/** The story's title and question, checked against the values the editor started from. */
export async function PATCH(request: Request, { params }: RouteContext<'/api/stories/[id]'>) {
  const { id } = await params
  return editRoute(request, id, editStoryBody, async ({ db, actor, body }) => ({
    story: await editStory(db, { storyId: id, actor, ...body }),
  }))
}
