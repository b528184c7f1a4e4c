import { addCamp, reorderCamps } from '@/lib/commands/camps/commands'
import * as camps from '@/lib/commands/camps/schema'
import { route } from '@/lib/commands/route'

/** Adds a camp at the end. */
export const POST = route(camps.addCamp, async ({ db, caller, input, params }) => {
  return { camp: await addCamp(db, { storyId: params.id, actor: caller.actor, ...input }) }
})

/** Puts the camps in a new order: every camp, once. */
export const PUT = route(camps.reorderCamps, async ({ db, caller, input, params }) => {
  return { camps: await reorderCamps(db, { storyId: params.id, actor: caller.actor, order: input.order }) }
})
