import { fetchArticle } from '@/lib/commands/articles/fetch'
import * as articles from '@/lib/commands/articles/schema'
import { route } from '@/lib/commands/route'

/** Fetches a page for a story, keeps it as fetched, and answers the form's fields. */
export const POST = route(articles.fetchArticle, async ({ db, caller, input, params, request }) =>
  fetchArticle(db, {
    storyId: params.id,
    url: input.url,
    actor: caller.actor,
    fetch: { signal: request.signal },
  }),
)
