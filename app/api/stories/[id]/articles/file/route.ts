import { readArticleFile } from '@/lib/commands/articles/fetch'
import * as articles from '@/lib/commands/articles/schema'
import { route } from '@/lib/commands/route'

/** Reads a saved page or text file the editor chose into the form's fields. */
export const POST = route(articles.readArticleFile, async ({ input }) => ({ fields: readArticleFile(input) }))
