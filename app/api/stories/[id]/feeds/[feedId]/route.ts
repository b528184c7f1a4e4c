import { removeFeed } from '@/lib/commands/feeds/commands'
import * as feeds from '@/lib/commands/feeds/schema'
import { route } from '@/lib/commands/route'

/** Stops watching a feed; the items it brought, and their dismissals, stay. */
export const DELETE = route(feeds.removeFeed, async ({ db, caller, params }) =>
  removeFeed(db, { storyId: params.id, feedId: params.feedId, actor: caller.actor }),
)
