/**
 * `npm run bench:archive`: the app on an archive that grows. Generates N stories of M
 * statements each (default 200 of 5,000: 1,000,000), imports them with `stories:import`
 * into a fresh PGlite folder and into a throwaway PostgreSQL server, and on each serves
 * the production build (run `npm run build` first) and reports:
 * - the import time;
 * - from the server's start: when /api/health first answers 200, and the first home
 *   page after that;
 * - /speakers (first and again), its HTML size, a speaker's page and a story's page;
 * - the server's RSS (its process tree) after each.
 * Targets on a quiet machine: the first home page within 1 s of health answering 200;
 * /speakers under 300 ms; RSS under 600 MB. Out of CI: it takes many minutes.
 *
 *   npm run bench:archive
 *   npm run bench:archive -- --stories 40                 200,000 statements
 *   npm run bench:archive -- --engines pglite --port 4500
 *   NEXT_DIST_DIR=.next-bench npm run bench:archive    a build made with the same variable
 *
 * Without the generation and the long import, on an archive made before:
 *   npm run bench:archive -- --pglite-dir DIR --skip-import --stories-dir STORIES
 * --pglite-dir DIR  a PGlite folder to serve: copied into a scratch folder first (the app
 *                   migrates it, and one process at a time may open a folder), never opened
 *                   in place; with --skip-import the copy is served as it is.
 * --stories-dir D   the story files (*.json) to import instead of generating them: what
 *                   Postgres imports when PGlite skips its import.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { appServer } from './next-server.mjs'
import { startPostgres, type PostgresServer } from './postgres-server'

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '200' },
    statements: { type: 'string', default: '5000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    // The first port tried for the app; the next free one from it is taken.
    port: { type: 'string', default: '4500' },
    // Files per `stories:import` run (each run is one transaction).
    batch: { type: 'string', default: '10' },
    'pglite-dir': { type: 'string' },
    'stories-dir': { type: 'string' },
    'skip-import': { type: 'boolean', default: false },
  },
})
const USAGE =
  'usage: bench-archive.ts [--stories N] [--statements M] [--engines pglite,postgres] [--port P]\n' +
  '                        [--pglite-dir DIR [--skip-import]] [--stories-dir DIR]'
const pgliteFrom = values['pglite-dir'] ? path.resolve(values['pglite-dir']) : undefined
const storiesFrom = values['stories-dir'] ? path.resolve(values['stories-dir']) : undefined
const skipImport = values['skip-import']!
const root = process.cwd()
// The build served: .next, or the folder NEXT_DIST_DIR names (as next.config.mjs reads it).
const dist = process.env.NEXT_DIST_DIR ?? '.next'
if (!existsSync(path.join(root, dist, 'BUILD_ID'))) {
  console.error(`No production build in ${dist}/: run \`npm run build\` first.`)
  process.exit(1)
}
const storyCount = Number(values.stories)
const perStory = Number(values.statements)
const engines = values.engines!.split(',').map((e) => e.trim())
if (!(storyCount >= 1 && perStory >= 1) || engines.some((e) => e !== 'pglite' && e !== 'postgres')) {
  console.error(USAGE)
  process.exit(2)
}
if (skipImport && !pgliteFrom) {
  console.error(`--skip-import serves the folder --pglite-dir names: give one.\n${USAGE}`)
  process.exit(2)
}
if (skipImport && engines.includes('postgres') && !storiesFrom) {
  console.error(
    `Postgres has no folder to serve: give --stories-dir to import, or --engines pglite.\n${USAGE}`,
  )
  process.exit(2)
}
for (const dir of [pgliteFrom, storiesFrom])
  if (dir && !existsSync(dir)) {
    console.error(`No folder ${dir}.\n${USAGE}`)
    process.exit(2)
  }

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`

/** The resident memory of a process and its descendants, from /proc. */
function treeRss(pid: number): number {
  let bytes = 0
  const pending = [pid]
  while (pending.length > 0) {
    const id = pending.pop()!
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8')
      bytes += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim()
        if (children) pending.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // gone meanwhile
    }
  }
  return bytes
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

async function appPort(): Promise<number> {
  for (let port = Number(values.port); port < Number(values.port) + 100; port++)
    if (await portFree(port)) return port
  throw new Error(`no free port from ${values.port}`)
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const result = spawnSync(program, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1048576 })
  if (result.status !== 0)
    throw new Error(`${path.basename(args[0]!)} failed: ${result.stderr}${result.stdout}`)
  return performance.now() - started
}

async function generate(dir: string): Promise<string[]> {
  const files: string[] = []
  const ids = Array.from({ length: storyCount }, (_, i) => `archive-${String(i + 1).padStart(4, '0')}`)
  // Two at a time: a 2-core machine.
  const work = async (slice: string[]) => {
    for (const id of slice) {
      const seed = String(ids.indexOf(id) + 1)
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            'scripts/generate-story.mjs',
            '--statements',
            String(perStory),
            '--seed',
            seed,
            '--id',
            id,
            '--out',
            dir,
          ],
          { cwd: root, stdio: 'ignore' },
        )
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generating ${id} failed`))))
      })
      files.push(path.join(dir, `${id}.json`))
    }
  }
  await Promise.all([work(ids.filter((_, i) => i % 2 === 0)), work(ids.filter((_, i) => i % 2 === 1))])
  return files.sort()
}

interface Timed {
  ms: number
  bytes: number
  status: number
  body: string
}

async function timed(url: string): Promise<Timed> {
  const started = performance.now()
  const response = await fetch(url, { cache: 'no-store' })
  const body = await response.text()
  return { ms: performance.now() - started, bytes: Buffer.byteLength(body), status: response.status, body }
}

async function serve(env: NodeJS.ProcessEnv, label: string) {
  const port = await appPort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const [program, args] = appServer(root, ['-p', String(port), '-H', '127.0.0.1'])
  const server = spawn(program, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  server.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => server.once('exit', resolve))
  const lines: string[] = []
  const say = (line: string) => {
    lines.push(line)
    console.log(`${label}: ${line}`)
  }
  try {
    let healthy = 0
    for (const until = Date.now() + 600_000; !healthy;) {
      if (server.exitCode !== null) throw new Error(`the server exited: ${stderr}`)
      if (Date.now() > until) throw new Error('/api/health never answered 200')
      try {
        if ((await fetch(`${base}/api/health`)).status === 200) healthy = performance.now()
      } catch {
        // not listening yet
      }
      if (!healthy) await new Promise((r) => setTimeout(r, 50))
    }
    const pid = server.pid!
    say(`/api/health first 200 after ${seconds(healthy - started)} from the start; RSS ${mb(treeRss(pid))}`)
    const page = async (name: string, url: string, target?: string) => {
      const result = await timed(`${base}${url}`)
      if (result.status !== 200) throw new Error(`${url} answered ${result.status}`)
      say(
        `${name}: ${result.ms.toFixed(0)} ms, ${(result.bytes / 1024).toFixed(0)} KB${target ? ` (target ${target})` : ''}; RSS ${mb(treeRss(pid))}`,
      )
      return result
    }
    const home = await page('first home page', '/')
    say(
      `first home page done ${(performance.now() - healthy).toFixed(0)} ms after health first answered (target 1,000 ms)`,
    )
    void home
    const speakers = await page('/speakers, first', '/speakers', 'under 300 ms')
    await page('/speakers, again', '/speakers', 'under 300 ms')
    await page('/speakers?page=2', '/speakers?page=2', 'under 300 ms')
    const slug = /href="\/speakers\/([^"?]+)"/.exec(speakers.body)?.[1]
    if (!slug) throw new Error('/speakers lists no speaker')
    await page(`a speaker's page (/speakers/${slug}), first`, `/speakers/${slug}`)
    await page(`a speaker's page, again`, `/speakers/${slug}`)
    await page('a story page (/stories/archive-0001), first', '/stories/archive-0001')
    await page('another story page (/stories/archive-0002), first', '/stories/archive-0002')
    await page('the home page, again', '/')
    return lines
  } finally {
    server.kill()
    await exited
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-bench-archive-'))
let postgres: PostgresServer | undefined
const report: string[] = []
try {
  let started = performance.now()
  let files: string[] = []
  // Stories are made only for an engine that imports them (not for a PGlite copy served as it is).
  const importing = engines.some((engine) => engine === 'postgres' || !skipImport)
  let total: string
  if (storiesFrom) {
    files = readdirSync(storiesFrom)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(storiesFrom, name))
    total = `the statements of ${files.length} story files`
  } else {
    total = `${(storyCount * perStory).toLocaleString('en')} statements`
  }
  console.log(
    `${storiesFrom ? `${files.length} story files from ${storiesFrom}` : importing ? `${storyCount} stories of ${perStory.toLocaleString('en')} statements (${total})` : 'the archive as it is'}` +
      `${pgliteFrom ? `; PGlite: a copy of ${pgliteFrom}${skipImport ? ', served as it is' : ''}` : ''}; ` +
      `${os.cpus().length} cores, ${mb(os.totalmem())} memory, Node ${process.version}; load ${load()}`,
  )
  if (!storiesFrom && importing) {
    files = await generate(path.join(scratch, 'stories'))
    console.log(`generated in ${seconds(performance.now() - started)} (load ${load()})`)
  }
  const empty = path.join(scratch, 'no-stories')
  mkdirSync(empty)
  const batch = Number(values.batch)
  for (const engine of engines) {
    const env: NodeJS.ProcessEnv = { ...process.env, STORIES_DIR: empty }
    if (engine === 'postgres') {
      postgres = await startPostgres()
      env.DATABASE_URL = postgres.url
    } else {
      env.PGLITE_DIR = path.join(scratch, 'db')
      env.DATABASE_URL = ''
      if (pgliteFrom) {
        started = performance.now()
        cpSync(pgliteFrom, env.PGLITE_DIR, { recursive: true, preserveTimestamps: true })
        console.log(`pglite: copied ${pgliteFrom} in ${seconds(performance.now() - started)}`)
      }
      if (skipImport) {
        report.push(...(await serve(env, engine)).map((l) => `${engine}: ${l}`))
        continue
      }
    }
    started = performance.now()
    for (let i = 0; i < files.length; i += batch)
      run(
        path.join(root, 'node_modules/.bin/tsx'),
        ['scripts/stories-import.ts', ...files.slice(i, i + batch)],
        env,
      )
    const imported = performance.now() - started
    const line = `${engine}: import of ${total} (stories:import, ${batch} files a run): ${seconds(imported)} (load ${load()})`
    console.log(line)
    report.push(line, ...(await serve(env, engine)).map((l) => `${engine}: ${l}`))
    if (postgres) {
      await postgres.stop()
      postgres = undefined
    }
  }
  console.log(`\nload at the end: ${load()}\n`)
  console.log(report.join('\n'))
} finally {
  await postgres?.stop()
  rmSync(scratch, { recursive: true, force: true })
}
