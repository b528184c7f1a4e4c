import { entityHistory } from '@/lib/store/history'
import { editorRead } from '../../../../edit-route'

/** The statement's changes, newest first, each with who, when and the version before and after. */
export async function GET(
  request: Request,
  { params }: RouteContext<'/api/stories/[id]/statements/[statementId]/history'>,
) {
  const { id, statementId } = await params
  return editorRead(request, async (db) => ({
    changes: await entityHistory(db, id, 'statement', statementId),
  }))
}
