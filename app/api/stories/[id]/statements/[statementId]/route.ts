import { deleteStatementBody, editStatementBody } from '@/lib/edits/requests'
import { campList } from '@/lib/store/camp-list'
import { NotFoundError } from '@/lib/store/history'
import { deleteStatement, editStatement } from '@/lib/store/statement-edits'
import { readStatement } from '@/lib/store/statement-rows'
import { editorRead, editRoute } from '../../../edit-route'

type Context = RouteContext<'/api/stories/[id]/statements/[statementId]'>

/** The statement as it is now, with its version, and the story's camps: what the edit form starts from. */
export async function GET(request: Request, { params }: Context) {
  const { id, statementId } = await params
  return editorRead(request, async (db) => {
    const statement = await readStatement(db, id, statementId)
    if (!statement) throw new NotFoundError('There is no such statement in this story.')
    return { statement, camps: await campList(db, id) }
  })
}

export async function PATCH(request: Request, { params }: Context) {
  const { id, statementId } = await params
  return editRoute(request, id, editStatementBody, async ({ db, actor, body }) => ({
    statement: await editStatement(db, { storyId: id, statementId, actor, ...body }),
  }))
}

/** A soft delete: out of the story, restorable from its history. */
export async function DELETE(request: Request, { params }: Context) {
  const { id, statementId } = await params
  return editRoute(request, id, deleteStatementBody, async ({ db, actor, body }) => ({
    statement: await deleteStatement(db, { storyId: id, statementId, actor, ...body }),
  }))
}
