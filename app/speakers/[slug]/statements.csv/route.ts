import { refuseUnlessReader } from '@/lib/auth'
import { fileNamePart, speakerStatementsToCsv } from '@/lib/export/csv'
import { searchSpeakerStatements } from '@/lib/view/speaker-search'
import { loadSpeaker } from '../../speaker-index'

export const dynamic = 'force-dynamic'

/**
 * All of a speaker's statements as CSV, across every page of their page, narrowed by the
 * search `q` as the page's own search narrows a page: the same rule (lib/view/speaker-search).
 */
export async function GET(request: Request, { params }: RouteContext<'/speakers/[slug]/statements.csv'>) {
  const refused = await refuseUnlessReader(request)
  if (refused) return refused
  const slug = decodeURIComponent((await params).slug)
  const { speaker, items } = await loadSpeaker(slug)
  if (!speaker)
    return Response.json({ error: 'There is no such speaker.', code: 'not_found' }, { status: 404 })
  const url = new URL(request.url)
  const q = url.searchParams.get('q') ?? ''
  const day = new Date().toISOString().slice(0, 10)
  const query = q.trim() ? `_q-${fileNamePart(q).slice(0, 40)}` : ''
  return new Response(speakerStatementsToCsv(searchSpeakerStatements(items, q), { origin: url.origin }), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="speaker_${fileNamePart(speaker.slug)}_${day}${query}.csv"`,
      'cache-control': 'no-store',
    },
  })
}
