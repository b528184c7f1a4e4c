import { deleteBody, editCampBody } from '@/lib/edits/requests'
import { deleteCamp, editCamp } from '@/lib/store/camp-edits'
import { editRoute } from '../../../edit-route'

type Context = RouteContext<'/api/stories/[id]/camps/[campId]'>

export async function PATCH(request: Request, { params }: Context) {
  const { id, campId } = await params
  return editRoute(request, id, editCampBody, async ({ db, actor, body }) => ({
    camp: await editCamp(db, { storyId: id, campId, actor, ...body }),
  }))
}

/** Only a camp with no statements left; otherwise 400 lists the statements to move or delete. */
export async function DELETE(request: Request, { params }: Context) {
  const { id, campId } = await params
  return editRoute(request, id, deleteBody, async ({ db, actor, body }) => {
    await deleteCamp(db, { storyId: id, campId, actor, ...body })
  })
}
