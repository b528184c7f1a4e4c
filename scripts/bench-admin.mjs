#!/usr/bin/env node
// Admin while the app runs: serves the production build (run `npm run build` first) on a
// PGlite store holding the seed and --stories synthetic stories of --statements each,
// reads pages without pause (the seed story page and the home page, --readers at once),
// and runs each command-line tool through the app meanwhile: users:add, stories:import of
// one more story of --statements, stories:export of every story, db:backup, and import of
// an article. For each it prints the tool's time, the app's own time for the command (its
// log), and the reads that finished while the tool ran (count, p50, p95, max), beside the
// same reads with no command running. During db:backup, an editor's save is sent too:
// how long it waited (the app's part of a backup is a copy of its folder). Not part of any
// test run.
//
//   npm run bench:admin
//   npm run bench:admin -- --stories 4 --statements 5000 --readers 4
import { execFile, spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
  mkdirSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { freePort, nextBin } from './next-server.mjs'

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '4' },
    statements: { type: 'string', default: '5000' },
    readers: { type: 'string', default: '4' },
    baseline: { type: 'string', default: '10' },
  },
})
const root = process.cwd()
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build in .next/: run `npm run build` first.')
  process.exit(1)
}
const SEED = 'pakistan-afghanistan-militancy-2023'
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-bench-admin-'))
const dir = path.join(scratch, 'db')
const storiesDir = path.join(scratch, 'stories')
mkdirSync(storiesDir)
copyFileSync(path.join(root, 'data', 'stories', `${SEED}.json`), path.join(storiesDir, `${SEED}.json`))
const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '', STORIES_DIR: storiesDir }
const run = promisify(execFile)
const statements = Number(values.statements)

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')

async function tool(script, args, extra = {}) {
  const started = Date.now()
  const { stdout } = await run(tsx, [path.join('scripts', script), ...args], {
    cwd: root,
    env: { ...env, ...extra },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { ms: Date.now() - started, stdout }
}

// The archive: synthetic stories (different seeds), imported before the app starts.
const generated = []
for (let i = 0; i < Number(values.stories) + 1; i++) {
  const out = path.join(scratch, `gen-${i}`)
  await run(
    'node',
    ['scripts/generate-story.mjs', '--statements', String(statements), '--out', out, '--seed', String(i + 1)],
    { cwd: root },
  )
  const file = path.join(out, `synthetic-${statements}.json`)
  // Each under its own id.
  const story = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'))
  story.id = `synthetic-${i + 1}`
  writeFileSync(path.join(scratch, `synthetic-${i + 1}.json`), JSON.stringify(story))
  generated.push(path.join(scratch, `synthetic-${i + 1}.json`))
}
const extra = generated.pop()
if (generated.length > 0) await tool('stories-import.ts', generated)

// The app, its log kept for the "ran … in N ms" lines.
const port = await freePort()
const log = []
const server = spawn(nextBin(root), ['start', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
})
server.stdout.on('data', (chunk) => log.push(...chunk.toString().split('\n')))
server.stderr.on('data', (chunk) => log.push(...chunk.toString().split('\n')))
const base = `http://127.0.0.1:${port}`
for (const until = Date.now() + 600_000; ;) {
  try {
    if ((await fetch(`${base}/stories/${SEED}`)).status === 200) break
  } catch {
    // not up yet
  }
  if (Date.now() > until) throw new Error('the app did not start')
  await new Promise((r) => setTimeout(r, 250))
}
for (const url of [`${base}/`, `${base}/stories/${SEED}`]) await fetch(url) // warm

const pages = [`${base}/stories/${SEED}`, `${base}/`]
let reading = true
const reads = []
const readers = Array.from({ length: Number(values.readers) }, async (_, n) => {
  for (let i = n; reading; i++) {
    const started = Date.now()
    const response = await fetch(pages[i % pages.length])
    await response.arrayBuffer()
    reads.push({ start: started, end: Date.now(), status: response.status })
  }
})

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
function window(from, to) {
  const inside = reads.filter((r) => r.end >= from && r.end <= to)
  const ms = inside.map((r) => r.end - r.start).sort((a, b) => a - b)
  return {
    reads: inside.length,
    failed: inside.filter((r) => r.status !== 200).length,
    p50: pct(ms, 50),
    p95: pct(ms, 95),
    max: ms.at(-1) ?? NaN,
  }
}
const rows = []
const appTime = (command) => {
  const line = [...log].reverse().find((l) => l.includes(`Admin: ran ${command} `))
  return line ? Number(/in (\d+) ms/.exec(line)[1]) : NaN
}

let from = Date.now()
await new Promise((r) => setTimeout(r, Number(values.baseline) * 1000))
rows.push({ what: 'no command (baseline)', tool: NaN, app: NaN, ...window(from, Date.now()) })

async function measured(label, command, script, args) {
  const started = Date.now()
  const { ms } = await tool(script, args)
  rows.push({ what: label, tool: ms, app: appTime(command), ...window(started, Date.now()) })
}

writeFileSync(path.join(scratch, 'pw'), 'a bench password\n')
await measured('users:add', 'users:add', 'users-add.ts', [
  '--email',
  'bench@example.org',
  '--role',
  'editor',
  '--password-file',
  path.join(scratch, 'pw'),
])
await measured(
  `stories:import (${statements.toLocaleString('en')} statements)`,
  'stories:import',
  'stories-import.ts',
  [extra],
)
await measured('stories:export (every story)', 'stories:export', 'stories-export.ts', [
  '--out',
  path.join(scratch, 'export'),
])

// An editor's save sent while the backup runs: it waits for the backup, at most 5 s.
const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ email: 'bench@example.org', password: 'a bench password' }),
})
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ')
const started = Date.now()
const backup = tool('db-backup.ts', [path.join(scratch, 'store.backup')])
// Sent as soon as the app has begun the backup.
let save
for (const until = Date.now() + 120_000; Date.now() < until;) {
  if (log.some((l) => l.includes('Admin: running db:snapshot'))) {
    const sent = Date.now()
    save = fetch(`${base}/api/stories/${SEED}/statements/taliban-soil`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: base, cookie },
      body: JSON.stringify({ expectedVersion: 1, changes: { attribution: 'said in a statement' } }),
    }).then((r) => ({ status: r.status, ms: Date.now() - sent }))
    break
  }
  await new Promise((r) => setTimeout(r, 20))
}
const { ms: backupMs } = await backup
rows.push({ what: 'db:backup', tool: backupMs, app: appTime('db:snapshot'), ...window(started, Date.now()) })
const saved = save ? await save : undefined
const article = path.join(scratch, 'article.txt')
writeFileSync(article, '“We will keep the crossing shut,” the commander, Ali Raza, said on Monday.\n')
await measured('import (an article)', 'import', 'import.ts', [article, '--story', SEED])

reading = false
await Promise.all(readers)
server.kill()
await new Promise((r) => server.once('exit', r))

const sizeOf = (d) =>
  readdirSync(d, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(path.join(d, e.name)) : statSync(path.join(d, e.name)).size),
    0,
  )
console.log(
  `\n${os.cpus().length} cores, load average at the end ${load()}; store: ${Number(values.stories) + 1} stories (seed + ${values.stories} × ${statements.toLocaleString('en')} statements, then 1 more), folder ${(sizeOf(dir) / 1048576).toFixed(0)} MB, backup ${(statSync(path.join(scratch, 'store.backup')).size / 1048576).toFixed(1)} MB; ${values.readers} readers of ${pages.map((p) => p.replace(base, '')).join(' and ')}\n`,
)
console.log('| while | tool (ms) | in the app (ms) | reads | failed | p50 (ms) | p95 (ms) | max (ms) |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows)
  console.log(
    `| ${r.what} | ${Number.isNaN(r.tool) ? '' : r.tool} | ${Number.isNaN(r.app) ? '' : r.app} | ${r.reads} | ${r.failed} | ${r.p50} | ${r.p95} | ${r.max} |`,
  )
if (saved)
  console.log(`\nAn editor's save sent during db:backup answered ${saved.status} after ${saved.ms} ms.`)
rmSync(scratch, { recursive: true, force: true })
