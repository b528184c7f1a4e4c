import { requireRole } from '@/lib/auth'
import { mergeSpeaker } from '@/lib/store/speaker-merges'
import { MERGE_BODY, speakerRoute } from '../speaker-route'

/** POST { name, into }: `name` becomes a variant of `into` (editors). */
export async function POST(request: Request) {
  const who = await requireRole(request, 'editor')
  if (who instanceof Response) return who
  return speakerRoute(request, who, MERGE_BODY, (db, { name, into }, actor) =>
    mergeSpeaker(db, { name, into, actor }),
  )
}
