import { finishCoding } from '@/lib/commands/coding/finish'
import * as coding from '@/lib/commands/coding/schema'
import { route } from '@/lib/commands/route'

/** The coder marks their blind coding done. */
export const POST = route(coding.finishCoding, async ({ db, caller, params, changed }) => {
  const result = await finishCoding(db, params.id, caller.actor)
  changed(result.storyId)
  return result
})
