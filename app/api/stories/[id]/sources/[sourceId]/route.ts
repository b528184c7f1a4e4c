import { route } from '@/lib/commands/route'
import { deleteSource, editSource } from '@/lib/commands/sources/commands'
import * as sources from '@/lib/commands/sources/schema'

/** A source's facts (publisher, title, date, URL); its text never changes. */
export const PATCH = route(sources.editSource, async ({ db, caller, input, params, changed }) => {
  changed(params.id)
  return {
    source: await editSource(db, { storyId: params.id, sourceId: params.sourceId, actor: caller.actor, ...input }),
  }
})

/** Only a source no statement cites; otherwise the refusal lists the statements to delete first. */
export const DELETE = route(sources.deleteSource, async ({ db, caller, input, params, changed }) => {
  changed(params.id)
  await deleteSource(db, { storyId: params.id, sourceId: params.sourceId, actor: caller.actor, ...input })
  return { ok: true }
})
