import { requireRole } from '@/lib/auth'
import { forgetStamp } from '@/lib/store/app-store'
import { saveToStory } from '@/lib/store/review-save'
import { handleWrite } from '../../../_reviews/handle'

/** Moves the reviewed drafts, with the article as a new source, into the story. */
export async function POST(request: Request, { params }: RouteContext<'/api/reviews/[id]/save'>) {
  const { id } = await params
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(request, caller, null, '', async ({ db, caller }) => {
    const saved = await saveToStory(db, id, caller.actor)
    // Every instance shows the new rows on its next look at the story, this one at once.
    forgetStamp(saved.storyId)
    return saved
  })
}
