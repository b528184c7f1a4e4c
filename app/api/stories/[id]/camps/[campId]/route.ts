import { deleteCamp, editCamp } from '@/lib/commands/camps/commands'
import * as camps from '@/lib/commands/camps/schema'
import { route } from '@/lib/commands/route'

export const PATCH = route(camps.editCamp, async ({ db, caller, input, params, changed }) => {
  changed(params.id)
  return {
    camp: await editCamp(db, { storyId: params.id, campId: params.campId, actor: caller.actor, ...input }),
  }
})

/** Only a camp with no statements left; otherwise the refusal lists the statements to move or delete. */
export const DELETE = route(camps.deleteCamp, async ({ db, caller, input, params, changed }) => {
  changed(params.id)
  await deleteCamp(db, { storyId: params.id, campId: params.campId, actor: caller.actor, ...input })
  return { ok: true }
})
