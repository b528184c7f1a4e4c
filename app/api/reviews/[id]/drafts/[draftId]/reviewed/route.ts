import { requireRole } from '@/lib/auth'
import { BAD_BODY, markReviewedBody } from '@/lib/import/review-input'
import { markReviewed } from '@/lib/store/review-edits'
import { handleWrite } from '../../../../../_reviews/handle'

/** Marks a draft reviewed (refused, saying what is missing, without a camp and a stance) or not. */
export async function POST(
  request: Request,
  { params }: RouteContext<'/api/reviews/[id]/drafts/[draftId]/reviewed'>,
) {
  const { id, draftId } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(request, caller, markReviewedBody, BAD_BODY.draft!, async ({ db, body }) => ({
    draft: await markReviewed(db, id, draftId, body.version, body.reviewed),
  }))
}
