import { findStory, loadStories } from '@/lib/files/load-stories'
import { isLargeStory, toDataFile } from '@/lib/view/workspace-data'

// Written once at build time for every large story, then served as a static file.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return loadStories()
    .filter(isLargeStory)
    .map((story) => ({ file: `${story.id}.json` }))
}

export async function GET(_request: Request, { params }: RouteContext<'/story-data/[file]'>) {
  const { file } = await params
  const story = findStory(file.replace(/\.json$/, ''))
  if (!story || !isLargeStory(story)) return new Response('Not found', { status: 404 })
  return Response.json(toDataFile(story))
}
