import { hasRole, refuseUnlessReader, sessionUser } from '@/lib/auth'
import { storyAgreement } from '@/lib/coding/story-agreement'
import { codingInputs } from '@/lib/store/codings'
import { unitsToCsv } from '@/lib/coding/units-csv'
import { fileNamePart } from '@/lib/export/csv'
import { appStore, getStory } from '@/lib/store/app-store'
import { peopleOf } from '@/lib/store/history'

export const dynamic = 'force-dynamic'

/**
 * The agreement report's units, both coders' values side by side: finished codings only,
 * as the report itself; coders named for editors only.
 */
export async function GET(request: Request, { params }: RouteContext<'/stories/[slug]/agreement/units.csv'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const { slug } = await params
  const story = await getStory(slug)
  if (!story) return Response.json({ error: 'There is no such story.', code: 'not_found' }, { status: 404 })
  const { db } = await appStore()
  const report = storyAgreement(story, await codingInputs(db, story.id))
  const user = await sessionUser(request.headers, request.url).catch(() => null)
  const editor = user !== null && hasRole(user.role, 'editor')
  const people = editor
    ? await peopleOf(
        db,
        report.units.flatMap((u) => u.coders),
      )
    : null
  const name = (actor: string) => people?.get(actor)?.name ?? actor.replace(/^user:/, '')
  return new Response(unitsToCsv(report, editor ? name : null), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileNamePart(slug)}-agreement-units.csv"`,
      'cache-control': 'no-store',
    },
  })
}
