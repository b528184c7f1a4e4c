import { addFeed } from '@/lib/commands/feeds/commands'
import * as feeds from '@/lib/commands/feeds/schema'
import { route } from '@/lib/commands/route'

/** Watches a feed for a story, with optional keywords. */
export const POST = route(feeds.addFeed, async ({ db, caller, input, params }) => ({
  feed: await addFeed(db, { storyId: params.id, actor: caller.actor, ...input }),
}))
