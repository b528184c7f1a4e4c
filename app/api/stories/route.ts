import { requireRole } from '@/lib/auth'
import { BAD_BODY, createStoryBody } from '@/lib/import/review-input'
import { forgetStamp } from '@/lib/store/app-store'
import { createStory } from '@/lib/store/review-save'
import { handleWrite } from '../_reviews/handle'

/** Starts a new story (question and camps); its first article is added through a review. */
export async function POST(request: Request) {
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
  return handleWrite(
    request,
    caller,
    createStoryBody,
    BAD_BODY.createStory!,
    async ({ db, caller, body }) => {
      await createStory(db, {
        actor: caller.actor,
        id: body.id,
        title: body.title.trim(),
        question: body.question.trim(),
        perspectives: body.perspectives.map((p) => ({
          ...p,
          label: p.label.trim(),
          definition: p.definition.trim(),
        })),
      })
      forgetStamp(body.id)
      return { id: body.id }
    },
  )
}
