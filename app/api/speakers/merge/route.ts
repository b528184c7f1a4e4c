import { mergeSpeaker } from '@/lib/store/speaker-merges'
import { MERGE_BODY, speakerRoute } from '../speaker-route'

/** POST { name, into }: `name` becomes a variant of `into` (editors). */
export async function POST(request: Request) {
  return speakerRoute(request, MERGE_BODY, (db, { name, into }, actor) =>
    mergeSpeaker(db, { name, into, actor }),
  )
}
