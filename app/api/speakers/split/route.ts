import { splitSpeaker } from '@/lib/store/speaker-merges'
import { SPLIT_BODY, speakerRoute } from '../speaker-route'

/** POST { name }: a merged name is its own speaker again (editors). */
export async function POST(request: Request) {
  return speakerRoute(request, SPLIT_BODY, (db, { name }, actor) => splitSpeaker(db, { name, actor }))
}
