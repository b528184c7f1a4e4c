import { refuseUnlessRole } from '@/lib/auth'
import { archivedPage } from '@/lib/store/archives'
import { appStore } from '@/lib/store/app-store'
import { archiveDownload } from '@/lib/web/archive-download'

export const dynamic = 'force-dynamic'

/**
 * The page a source was fetched from, as kept, for editors: always plain text and an
 * attachment, never rendered (its scripts and markup are the publisher's, not ours).
 */
export async function GET(
  request: Request,
  { params }: RouteContext<'/stories/[slug]/sources/[source]/archived'>,
) {
  const refused = await refuseUnlessRole(request, 'editor')
  if (refused) return refused
  const { slug, source } = await params
  const page = await archivedPage((await appStore()).db, slug, source)
  if (!page) return new Response('This source has no archived copy.', { status: 404 })
  return archiveDownload(source, page)
}
