import { requireRole } from '@/lib/auth'
import { addDraftBody, BAD_BODY } from '@/lib/import/review-input'
import { addDraft } from '@/lib/store/review-edits'
import { handleWrite } from '../../../_reviews/handle'

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export async function POST(request: Request, { params }: RouteContext<'/api/reviews/[id]/drafts'>) {
  const { id } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(request, caller, addDraftBody, BAD_BODY.draft!, async ({ db, body }) => ({
    draft: await addDraft(db, id, body),
  }))
}
