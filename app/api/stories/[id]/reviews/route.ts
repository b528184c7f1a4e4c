import { requireRole } from '@/lib/auth'
import { BAD_BODY, createReviewBody } from '@/lib/import/review-input'
import { createReview } from '@/lib/store/reviews'
import { handleWrite } from '../../../_reviews/handle'

/** Starts the review of an article for a story, with the extractor's drafts from the page. */
export async function POST(request: Request, { params }: RouteContext<'/api/stories/[id]/reviews'>) {
  const { id: slug } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(
    request,
    caller,
    createReviewBody,
    BAD_BODY.createReview!,
    async ({ db, caller, body }) => ({
      id: await createReview(db, { storyId: slug, ...body, actor: caller.actor }),
    }),
  )
}
