/**
 * `npm run import -- <article.txt> --story <slug> [--publisher … --title … --date … --url …]`
 *
 * Adds the article to the story in the store as a new source, with its drafted
 * statements marked "draft" (or creates the story). The result passes the story check
 * and is written in one transaction; on any problem nothing is written.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { UNASSIGNED } from '../lib/story/codebook'
import { extractStatements } from '../lib/extract/extract'
import { addArticle, emptyStory, slugify } from '../lib/import/draft-story'
import type { StoryFile } from '../lib/story/schema'
import { storyJson } from '../lib/store/canonical'
import { readStory, toStoryFile } from '../lib/store/read'
import { cliActor } from '../lib/store/history'
import { checkForStore, writeStory } from '../lib/store/write'
import { fail, readArticle, UsageError } from './read-article'
import { withStore } from './store-cli'

const USAGE =
  'usage: npm run import -- <article.txt | -> --story <slug> [--publisher NAME] [--title TITLE] [--date YYYY-MM-DD] [--url URL] [--question CLAIM]'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      question: { type: 'string' },
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

  const { text, name } = readArticle(positionals[0]!)

  await withStore(async (store) => {
    const done = await store.db.transaction(async (tx) => {
      const stored = await readStory(tx, slug)
      // A stored story passed the check when it was written; the import adds to it.
      const story: StoryFile = stored
        ? toStoryFile(stored)
        : emptyStory(slug, { title: values.title, question: values.question })
      const {
        story: updated,
        sourceId,
        added,
      } = addArticle(story, {
        text,
        fileName: path.basename(name),
        meta: { publisher: values.publisher, title: values.title, date: values.date, url: values.url },
        drafts: extractStatements(text),
        importedOn: new Date().toISOString().slice(0, 10),
      })
      const checked = checkForStore(`story ${slug}`, storyJson(updated))
      // Without replace, a story created meanwhile by another process is refused, never doubled.
      await writeStory(tx, checked, { replace: stored !== undefined, actor: cliActor() })
      return { verb: stored ? 'Updated' : 'Created', sourceId, added }
    })
    // Said only once the transaction has committed.
    summary(done.verb, slug, done.sourceId, done.added)
  })
}

main().catch(fail)

function summary(verb: string, slug: string, sourceId: string, added: StoryFile['statements']) {
  const unassigned = added.filter((s) => s.perspective === UNASSIGNED).length
  const byCamp = new Map<string, number>()
  for (const s of added) byCamp.set(s.perspective, (byCamp.get(s.perspective) ?? 0) + 1)
  process.stdout.write(
    `${verb} story "${slug}": source "${sourceId}" with ${added.length} draft statement${added.length === 1 ? '' : 's'}` +
      ` (${[...byCamp].map(([camp, n]) => `${camp} ${n}`).join(', ') || 'none'}).\n` +
      (unassigned > 0 ? `${unassigned} could not be placed in a camp; assign them on review.\n` : '') +
      'Review each draft against its passage, set its stance, then delete its "review": "draft".\n',
  )
}
