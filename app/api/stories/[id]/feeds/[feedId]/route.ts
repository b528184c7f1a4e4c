import { editFeedKeywords, removeFeed } from '@/lib/commands/feeds/commands'
import * as feeds from '@/lib/commands/feeds/schema'
import { route } from '@/lib/commands/route'

/** Stops watching a feed; the items it brought, and their dismissals, stay. */
export const DELETE = route(feeds.removeFeed, async ({ db, caller, params }) =>
  removeFeed(db, { storyId: params.id, feedId: params.feedId, actor: caller.actor }),
)

/** Changes a feed's keywords, version-checked: for the polls to come. */
export const PATCH = route(feeds.editFeedKeywords, async ({ db, caller, input, params }) => ({
  feed: await editFeedKeywords(db, {
    storyId: params.id,
    feedId: params.feedId,
    actor: caller.actor,
    ...input,
  }),
}))
