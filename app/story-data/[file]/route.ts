import { refuseUnlessReader } from '@/lib/auth'
import { derived, getStory } from '@/lib/store/app-store'
import { gzipBody } from '@/lib/web/encoded-body'
import { isLargeStory, toDataFile } from '@/lib/view/workspace-data'

// Read from the store per request; the JSON, and its gzip, are made once per version of the story.
export const dynamic = 'force-dynamic'

/** `<id>.json`, the story's data file; `<id>.json.gz`, the same gzipped (lib/view/story-data-path.ts). */
export async function GET(request: Request, { params }: RouteContext<'/story-data/[file]'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const { file } = await params
  const zip = file.endsWith('.json.gz')
  const id = zip
    ? file.slice(0, -'.json.gz'.length)
    : file.endsWith('.json')
      ? file.slice(0, -'.json'.length)
      : null
  const story = id === null ? undefined : await getStory(id)
  if (!story || !isLargeStory(story)) return new Response('Not found', { status: 404 })
  const body = derived(story, 'data-file', (s) => JSON.stringify(toDataFile(s)))
  if (!zip) return new Response(body, { headers: { 'Content-Type': 'application/json' } })
  // Gzipped once and sent as it is (application/gzip, which the server's compression
  // leaves alone): compressing 40 MB on each request, or sending them plain, held the
  // server's answers to the story's first-page requests for half a second and more.
  const zipped = await derived(story, 'data-file.gz', () => gzipBody(body).catch(() => null))
  // Should zlib have failed, the page's worker reads the JSON file instead.
  if (!zipped) return new Response('The gzipped data file is not available', { status: 503 })
  return new Response(zipped, { headers: { 'Content-Type': 'application/gzip' } })
}
