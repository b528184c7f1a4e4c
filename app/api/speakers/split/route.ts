import { requireRole } from '@/lib/auth'
import { splitSpeaker } from '@/lib/store/speaker-merges'
import { SPLIT_BODY, speakerRoute } from '../speaker-route'

/** POST { name }: a merged name is its own speaker again (editors). */
export async function POST(request: Request) {
  const who = await requireRole(request, 'editor')
  if (who instanceof Response) return who
  return speakerRoute(request, who, SPLIT_BODY, (db, { name }, actor) => splitSpeaker(db, { name, actor }))
}
