import { route } from '@/lib/commands/route'
import { splitSpeaker } from '@/lib/commands/speakers/commands'
import * as speakers from '@/lib/commands/speakers/schema'

/** A merged name is its own speaker again (editors). */
export const POST = route(speakers.splitSpeaker, ({ db, caller, input }) =>
  splitSpeaker(db, { ...input, actor: caller.actor }),
)
