import { refuseUnlessReader } from '@/lib/auth'
import { derived, getStory } from '@/lib/store/app-store'
import { tablePage } from '@/lib/view/table-page'
import { loadStoryUrlState } from '@/lib/view/url-state'
import { isLargeStory, workspaceData } from '@/lib/view/workspace-data'

// Read from the store per request, with the session checked first, as the data file is.
export const dynamic = 'force-dynamic'

/**
 * The first page of each table of a large story's view, for the view the query string
 * names (the story page's own query keys): what the page shows, sorts and searches before
 * the story's whole data file has arrived.
 */
export async function GET(request: Request, { params }: RouteContext<'/story-rows/[slug]'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const { slug } = await params
  const story = await getStory(slug)
  if (!story || !isLargeStory(story)) return new Response('Not found', { status: 404 })
  const query: Record<string, string[]> = {}
  for (const [key, value] of new URL(request.url).searchParams) (query[key] ??= []).push(value)
  const state = loadStoryUrlState(
    story.perspectives.map((p) => p.id),
    // One value per key, as the page reads a repeated key; the sorts are one value each.
    Object.fromEntries(
      Object.entries(query).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    ),
  )
  // The rows are the ones made once per version of the story, as the page's.
  const page = tablePage(derived(story, 'workspace', workspaceData), state)
  return new Response(JSON.stringify({ page }), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  })
}
