import { openItem } from '@/lib/commands/feeds/commands'
import * as feeds from '@/lib/commands/feeds/schema'
import { route } from '@/lib/commands/route'

/** Fetches an inbox item's page and keeps it, for the review the editor starts from it. */
export const POST = route(feeds.openItem, async ({ db, caller, params, request }) =>
  openItem(db, {
    storyId: params.id,
    itemId: params.itemId,
    actor: caller.actor,
    fetch: { signal: request.signal },
  }),
)
