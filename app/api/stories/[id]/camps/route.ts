import { addCampBody, reorderCampsBody } from '@/lib/edits/requests'
import { addCamp, reorderCamps } from '@/lib/store/camp-edits'
import { editRoute } from '../../edit-route'

type Context = RouteContext<'/api/stories/[id]/camps'>

/** Adds a camp at the end. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params
  return editRoute(request, id, addCampBody, async ({ db, actor, body }) => ({
    camp: await addCamp(db, { storyId: id, actor, ...body }),
  }))
}

/** Puts the camps in a new order: every camp, once. */
export async function PUT(request: Request, { params }: Context) {
  const { id } = await params
  return editRoute(request, id, reorderCampsBody, async ({ db, actor, body }) => ({
    camps: await reorderCamps(db, { storyId: id, actor, order: body.order }),
  }))
}
