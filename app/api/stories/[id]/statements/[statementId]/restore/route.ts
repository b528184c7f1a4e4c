import { restoreStatementBody } from '@/lib/edits/requests'
import { restoreStatement, restoreStatementVersion } from '@/lib/store/statement-edits'
import { editRoute } from '../../../../edit-route'

/** Undoes a delete, or (with a change's id) puts back a version from the statement's history. */
export async function POST(
  request: Request,
  { params }: RouteContext<'/api/stories/[id]/statements/[statementId]/restore'>,
) {
  const { id, statementId } = await params
  return editRoute(request, id, restoreStatementBody, async ({ db, actor, body }) => {
    const { changeId, side, expectedVersion } = body
    const statement =
      changeId === undefined
        ? await restoreStatement(db, { storyId: id, statementId, actor, expectedVersion })
        : await restoreStatementVersion(db, {
            storyId: id,
            changeId,
            side,
            actor,
            expectedVersion,
            statementId,
          })
    return { statement }
  })
}
