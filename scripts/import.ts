/**
 * `npm run import -- <article.txt> --story <slug> [--publisher … --title … --date … --url …]`
 *
 * Adds the article to data/stories/<slug>.json as a new source, with its drafted
 * statements marked "draft" (or creates the story). The result is checked with the
 * loader's own rules before anything is written; on any problem nothing is written.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { UNASSIGNED } from '../lib/story/codebook'
import { extractStatements } from '../lib/extract/extract'
import { addArticle, emptyStory, slugify } from '../lib/import/draft-story'
import type { StoryFile } from '../lib/story/schema'
import { checkStory } from '../lib/story/story-check'
import { fail, readArticle, UsageError } from './read-article'

const USAGE =
  'usage: npm run import -- <article.txt | -> --story <slug> [--publisher NAME] [--title TITLE] [--date YYYY-MM-DD] [--url URL] [--question CLAIM]'

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      question: { type: 'string' },
      'stories-dir': { type: 'string' },
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

  const dir = path.resolve(values['stories-dir'] ?? process.env.STORIES_DIR ?? 'data/stories')
  if (!existsSync(dir)) throw new UsageError(`${dir}: no such folder for stories`)
  const file = path.join(dir, `${slug}.json`)
  const shown = path.relative(process.cwd(), file) || file
  const { text, name } = readArticle(positionals[0]!)

  let story: StoryFile
  const creating = !existsSync(file)
  if (creating) {
    story = emptyStory(slug, { title: values.title, question: values.question })
  } else {
    // The story must be sound before we add to it; its raw form is kept, so the file
    // changes only by what the import adds.
    const existing = readFileSync(file, 'utf8')
    checkStory(shown, existing)
    story = JSON.parse(existing) as StoryFile
  }

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
  const json = `${JSON.stringify(updated, null, 2)}\n`
  checkStory(shown, json)

  // Written beside the target and renamed over it, so a failure never leaves half a file.
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, json, { flag: 'wx' })
  renameSync(temporary, file)

  const unassigned = added.filter((s) => s.perspective === UNASSIGNED).length
  const byCamp = new Map<string, number>()
  for (const s of added) byCamp.set(s.perspective, (byCamp.get(s.perspective) ?? 0) + 1)
  process.stdout.write(
    `${creating ? 'Created' : 'Updated'} ${shown}: source "${sourceId}" with ${added.length} draft statement${added.length === 1 ? '' : 's'}` +
      ` (${[...byCamp].map(([camp, n]) => `${camp} ${n}`).join(', ') || 'none'}).\n` +
      (unassigned > 0 ? `${unassigned} could not be placed in a camp; assign them on review.\n` : '') +
      'Review each draft against its passage, set its stance, then delete its "review": "draft".\n',
  )
} catch (error) {
  fail(error)
}
