/**
 * `npm run import -- <article.txt> --story <slug> [--publisher … --title … --date … --url …]`
 *
 * Starts a review of the article for a story in the store: the extractor drafts its
 * statements, and an editor finishes them in the browser at the printed address. Nothing
 * enters the story's statements until the editor saves reviewed drafts there.
 */
import { parseArgs } from 'node:util'
import { extractStatements } from '../lib/extract/extract'
import { slugify } from '../lib/story/values'
import { parseInput } from '../lib/commands/endpoint'
import { CommandError } from '../lib/commands/errors'
import { cliActor } from '../lib/commands/history'
import { createReview } from '../lib/commands/reviews/create'
import * as reviews from '../lib/commands/reviews/schema'
import { getReview } from '../lib/store/reviews'
import { fail, readArticle, UsageError } from './read-article'
import { withStore } from './store-cli'

const USAGE =
  'usage: npm run import -- <article.txt | -> --story <slug> [--publisher NAME] [--title TITLE] [--date YYYY-MM-DD] [--url URL]'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  if (positionals.length !== 1)
    throw new UsageError(`${USAGE}\n(expected one article file, got ${positionals.length})`)
  const slug = values.story
  if (!slug) throw new UsageError(`${USAGE}\n(--story is required)`)
  if (slugify(slug) !== slug)
    throw new UsageError(
      `--story must be lower-case letters, digits and hyphens (got ${JSON.stringify(slug)})`,
    )

  const { text } = readArticle(positionals[0]!)
  // Where the app is served; the address printed is only as good as this.
  const base = (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')

  await withStore(async (store) => {
    try {
      const { publisher, title, date, url } = values
      const input = parseInput(reviews.createReview, {
        article: text,
        source: { publisher, title, date, url },
        drafts: extractStatements(text),
      })
      const id = await createReview(store.db, { storyId: slug, actor: cliActor(), ...input })
      const review = (await getReview(store.db, id))!
      const n = review.drafts.length
      process.stdout.write(
        `Started a review of the article for story "${slug}": ${n} drafted statement${n === 1 ? '' : 's'}, none in the story yet.\n` +
          `An editor reviews each one and saves it to the story at:\n${base}/stories/${slug}/reviews/${id}\n`,
      )
    } catch (error) {
      if (error instanceof CommandError && error.details.reviewId) {
        error.message += `\nIt is at ${base}/stories/${slug}/reviews/${error.details.reviewId}`
      }
      if (error instanceof CommandError && error.code === 'not_found') {
        error.message = `There is no story "${slug}" in the store. Start it in the browser at ${base}/import, or import its file with "npm run stories:import".`
      }
      throw error
    }
  })
}

main().catch(fail)
