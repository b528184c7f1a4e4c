import { refuseUnlessReader } from '@/lib/auth'
import { derived, getStory } from '@/lib/store/app-store'
import { isLargeStory, toDataFile } from '@/lib/view/workspace-data'

// Read from the store per request; the JSON is made once per version of the story.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: RouteContext<'/story-data/[file]'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const { file } = await params
  const story = file.endsWith('.json') ? await getStory(file.slice(0, -'.json'.length)) : undefined
  if (!story || !isLargeStory(story)) return new Response('Not found', { status: 404 })
  const body = derived(story, 'data-file', (s) => JSON.stringify(toDataFile(s)))
  return new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
