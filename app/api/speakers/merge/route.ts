import { route } from '@/lib/commands/route'
import { mergeSpeaker } from '@/lib/commands/speakers/commands'
import * as speakers from '@/lib/commands/speakers/schema'

/** `name` becomes a variant of `into` (editors); recorded in the history of every story it speaks in. */
export const POST = route(speakers.mergeSpeaker, ({ db, caller, input }) =>
  mergeSpeaker(db, { ...input, actor: caller.actor }),
)
