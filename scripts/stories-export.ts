/**
 * `npm run stories:export -- [ID…] --out DIR`
 *
 * Writes stories from the store as story files (all of them when no id is given), in the
 * canonical form of today's format. Each file is written beside its target and renamed.
 * Works while the app runs on PGlite: the app reads them (lib/admin).
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runAdmin } from '../lib/admin/client'
import { report, sayOnly, UsageError } from './store-cli'

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

  await runAdmin(
    'stories:export',
    { ids: positionals },
    {
      ...sayOnly,
      async file(name, text) {
        // The name comes from the store (a story id): kept inside the output folder.
        if (path.basename(name) !== name || !name.endsWith('.json'))
          throw new Error(`unexpected file name ${name}`)
        const file = path.join(out, name)
        writeFileSync(`${file}.${process.pid}.tmp`, text)
        renameSync(`${file}.${process.pid}.tmp`, file)
        process.stdout.write(`Wrote ${path.relative(process.cwd(), file) || file}\n`)
      },
    },
  )
}

main().catch(report)
