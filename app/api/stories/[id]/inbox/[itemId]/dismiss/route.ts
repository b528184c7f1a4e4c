import { dismissItem } from '@/lib/commands/feeds/commands'
import * as feeds from '@/lib/commands/feeds/schema'
import { route } from '@/lib/commands/route'

/** Sets an inbox item aside, for good. */
export const POST = route(feeds.dismissItem, async ({ db, caller, params }) =>
  dismissItem(db, { storyId: params.id, itemId: params.itemId, actor: caller.actor }),
)
