import { requireRole } from '@/lib/auth'
import { BAD_BODY, draftPatchBody, versionBody } from '@/lib/import/review-input'
import { removeDraft, updateDraft } from '@/lib/store/review-edits'
import { handleWrite } from '../../../../_reviews/handle'

type Context = RouteContext<'/api/reviews/[id]/drafts/[draftId]'>

/** Saves one change to a draft, if nobody changed it since the editor loaded it. */
export async function PATCH(request: Request, { params }: Context) {
  const { id, draftId } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(request, caller, draftPatchBody, BAD_BODY.draft!, async ({ db, body }) => {
    const { version, ...patch } = body
    return { draft: await updateDraft(db, id, draftId, version, patch) }
  })
}

/** Removes a wrong draft from the review. */
export async function DELETE(request: Request, { params }: Context) {
  const { id, draftId } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(request, caller, versionBody, BAD_BODY.draft!, async ({ db, body }) => {
    await removeDraft(db, id, draftId, body.version)
  })
}
