import { route, type Caller } from '@/lib/commands/route'
import { deleteSource, editSource } from '@/lib/commands/sources/commands'
import * as sources from '@/lib/commands/sources/schema'

const target = ({ params, caller }: { params: { id: string; sourceId: string }; caller: Caller }) => ({
  storyId: params.id,
  sourceId: params.sourceId,
  actor: caller.actor,
})

/** A source's facts (publisher, title, date, URL); its text never changes. */
export const PATCH = route(sources.editSource, async (context) => ({
  source: await editSource(context.db, { ...target(context), ...context.input }),
}))

/**
 * Only a source no statement cites and no narration is anchored in; otherwise the refusal
 * lists the statements to delete first.
 */
export const DELETE = route(sources.deleteSource, async (context) => ({
  deleted: await deleteSource(context.db, { ...target(context), ...context.input }),
}))
