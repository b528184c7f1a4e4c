import { deleteBody, editSourceBody } from '@/lib/edits/requests'
import { deleteSource, editSource } from '@/lib/store/story-edits'
import { editRoute } from '../../../edit-route'

type Context = RouteContext<'/api/stories/[id]/sources/[sourceId]'>

/** A source's facts (publisher, title, date, URL); its text never changes. */
export async function PATCH(request: Request, { params }: Context) {
  const { id, sourceId } = await params
  return editRoute(request, id, editSourceBody, async ({ db, actor, body }) => ({
    source: await editSource(db, { storyId: id, sourceId, actor, ...body }),
  }))
}

/** Only a source no statement cites; otherwise 400 lists the statements to delete first. */
export async function DELETE(request: Request, { params }: Context) {
  const { id, sourceId } = await params
  return editRoute(request, id, deleteBody, async ({ db, actor, body }) => {
    await deleteSource(db, { storyId: id, sourceId, actor, ...body })
  })
}
