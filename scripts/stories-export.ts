/**
 * `npm run stories:export -- [ID…] --out DIR`
 *
 * Writes stories from the store as story files (all of them when no id is given), in the
 * canonical form of today's format. Each file is written beside its target and renamed.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { storyJson } from '../lib/store/canonical'
import { readStory, storyStamps, toStoryFile } from '../lib/store/read'
import { report, UsageError, withStore } from './store-cli'

const USAGE = 'usage: npm run stories:export -- [ID…] --out DIR'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (!values.out) throw new UsageError(`${USAGE}\n(--out is required)`)
  const out = path.resolve(values.out)
  if (existsSync(out) && !existsSync(path.join(out, '.'))) throw new UsageError(`${values.out}: not a folder`)
  mkdirSync(out, { recursive: true })

  await withStore(async (store) => {
    const ids = positionals.length > 0 ? positionals : (await storyStamps(store.db)).map((s) => s.id)
    const missing: string[] = []
    const texts: [string, string][] = []
    for (const id of ids) {
      const story = await readStory(store.db, id)
      if (!story) missing.push(id)
      else texts.push([id, storyJson(toStoryFile(story))])
    }
    if (missing.length > 0)
      throw new UsageError(`No such story in the store: ${missing.join(', ')}. Nothing written.`)
    for (const [id, text] of texts) {
      const file = path.join(out, `${id}.json`)
      writeFileSync(`${file}.${process.pid}.tmp`, text)
      renameSync(`${file}.${process.pid}.tmp`, file)
      process.stdout.write(`Wrote ${path.relative(process.cwd(), file) || file}\n`)
    }
  })
}

main().catch(report)
