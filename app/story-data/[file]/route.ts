import { refuseUnlessReader } from '@/lib/auth'
import { derived, getStory } from '@/lib/store/app-store'
import { acceptsGzip, gzipBody } from '@/lib/web/encoded-body'
import { isLargeStory, toDataFile } from '@/lib/view/workspace-data'

// Read from the store per request; the JSON, and its gzip, are made once per version of the story.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: RouteContext<'/story-data/[file]'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const { file } = await params
  const story = file.endsWith('.json') ? await getStory(file.slice(0, -'.json'.length)) : undefined
  if (!story || !isLargeStory(story)) return new Response('Not found', { status: 404 })
  const body = derived(story, 'data-file', (s) => JSON.stringify(toDataFile(s)))
  const headers = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' }
  if (!acceptsGzip(request.headers.get('accept-encoding'))) return new Response(body, { headers })
  // Sent already gzipped (the server's own compression passes an encoded body by): left
  // to it, 30 MB were compressed again on every request, and the story's first-page
  // requests waited behind that.
  const zipped = await derived(story, 'data-file.gz', () => gzipBody(body).catch(() => null))
  // Should zlib fail, the plain body still answers.
  if (!zipped) return new Response(body, { headers })
  return new Response(zipped, { headers: { ...headers, 'Content-Encoding': 'gzip' } })
}
