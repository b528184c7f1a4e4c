import { compareSource } from '@/lib/commands/articles/fetch'
import * as articles from '@/lib/commands/articles/schema'
import { route } from '@/lib/commands/route'

/** Fetches a source's page again and compares its text with the copy kept when it was added. */
export const POST = route(articles.compareSource, async ({ db, params, request }) =>
  compareSource(db, { storyId: params.id, sourceId: params.sourceId, fetch: { signal: request.signal } }),
)
