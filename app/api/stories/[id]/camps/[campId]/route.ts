import { deleteCamp, editCamp } from '@/lib/commands/camps/commands'
import * as camps from '@/lib/commands/camps/schema'
import { route } from '@/lib/commands/route'

/**
 * A camp's new name or definition, from the version the editor started from. A name that
 * reads like another camp's is refused.
 */
export const PATCH = route(camps.editCamp, async ({ db, caller, input, params }) => ({
  camp: await editCamp(db, { storyId: params.id, campId: params.campId, actor: caller.actor, ...input }),
}))

/** Only a camp with no statements left; otherwise the refusal lists the statements to move or delete. */
export const DELETE = route(camps.deleteCamp, async ({ db, caller, input, params }) => ({
  deleted: await deleteCamp(db, { storyId: params.id, campId: params.campId, actor: caller.actor, ...input }),
}))
