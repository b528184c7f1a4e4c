/**
 * `npm run bench:store`: the store's figures for a large story. Generates a story of N
 * statements (default 50,000) in a temporary folder, imports it with `stories:import`
 * into a fresh PGlite folder (timed as a user runs it, process start included), then in
 * this process times opening the store (with its damage check) and reading the story
 * back, three times. Reports the machine's load and the sizes of the file and the folder.
 *
 *   npm run bench:store
 *   npm run bench:store -- --statements 10000
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openStore } from '../lib/store/db'
import { readStory } from '../lib/store/read'

const { values } = parseArgs({ options: { statements: { type: 'string', default: '50000' } } })
const root = process.cwd()
const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-bench-store-'))
const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    return sum + (entry.isDirectory() ? sizeOf(full) : statSync(full).size)
  }, 0)
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

function run(program: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const result = spawnSync(program, args, { cwd: root, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  return performance.now() - started
}

try {
  console.log(`load average at start: ${load()} (${os.cpus().length} cores)`)
  const stories = path.join(scratch, 'stories')
  run(
    process.execPath,
    ['scripts/generate-story.mjs', '--statements', values.statements!, '--out', stories],
    process.env,
  )
  const [file] = readdirSync(stories).map((name) => path.join(stories, name))
  const dir = path.join(scratch, 'db')
  process.env.PGLITE_DIR = dir
  process.env.DATABASE_URL = ''
  console.log(`story: ${values.statements} statements, file ${mb(statSync(file!).size)}`)

  const imported = run(
    path.join(root, 'node_modules/.bin/tsx'),
    ['scripts/stories-import.ts', file!],
    process.env,
  )
  console.log(`stories:import: ${(imported / 1000).toFixed(1)} s (load ${load()})`)
  console.log(`store folder after the import: ${mb(sizeOf(dir))}`)

  const id = (await import(path.resolve(file!), { with: { type: 'json' } })).default.id as string
  for (let round = 1; round <= 3; round++) {
    let started = performance.now()
    const store = await openStore({ waitMs: 0 })
    const opened = performance.now() - started
    started = performance.now()
    const story = await readStory(store.db, id)
    const read = performance.now() - started
    if (story?.statements.length !== Number(values.statements))
      throw new Error('the story read back is not whole')
    await store.close()
    console.log(
      `round ${round}: open (migrations, damage check) ${opened.toFixed(0)} ms, read the story ${read.toFixed(0)} ms (load ${load()})`,
    )
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
