/**
 * `npm run import -- <article.txt> --story <slug> [--publisher … --title … --date … --url …]`
 *
 * Starts a review of the article for a story in the store: the extractor drafts its
 * statements, and an editor finishes them in the browser at the printed address. Nothing
 * enters the story's statements until the editor saves reviewed drafts there. Works while
 * the app runs on PGlite: the app starts the review (lib/admin).
 */
import { parseArgs } from 'node:util'
import { runAdmin } from '../lib/admin/client'
import { slugify } from '../lib/story/values'
import { cliActor } from '../lib/commands/history'
import { readArticle, UsageError } from './read-article'
import { report, sayOnly } from './store-cli'

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
  await runAdmin(
    'import',
    {
      slug,
      text,
      source: { publisher: values.publisher, title: values.title, date: values.date, url: values.url },
      base,
      actor: cliActor(),
    },
    sayOnly,
  )
}

main().catch(report)
