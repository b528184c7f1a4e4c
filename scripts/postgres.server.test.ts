import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNext } from './next-server.mjs'
import { startPostgres, type PostgresServer } from './postgres-server'

/**
 * A team on one Postgres: a real PostgreSQL server, migrations from an empty database,
 * two app instances (the production build) started at once, and a story imported from
 * the command line while both run, shown by both within 2 seconds, including by an
 * instance that answered 404 for it just before.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const SEED = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')
const tsx = path.join(root, 'node_modules/.bin/tsx')

let server: PostgresServer | undefined
const apps: { base: string; stop: () => Promise<void> }[] = []
let env: NodeJS.ProcessEnv
const scratches: string[] = []
const scratch = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  scratches.push(dir)
  return dir
}

beforeAll(async () => {
  server = await startPostgres()
  const stories = scratch('reader-pg-stories-')
  copyFileSync(SEED, path.join(stories, path.basename(SEED)))
  env = { ...process.env, DATABASE_URL: server.url, STORIES_DIR: stories, PGLITE_DIR: '' }
})

afterAll(async () => {
  await Promise.allSettled(apps.map((app) => app.stop()))
  await server?.stop()
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true })
})

/** The seed with a fourth camp, under a new id. */
function fourCamps(): string {
  const story = JSON.parse(readFileSync(SEED, 'utf8'))
  story.id = 'four-camps'
  story.title = 'Four camps'
  story.perspectives.push({
    id: 'observers',
    label: 'Observers',
    definition: 'Anyone watching from outside.',
  })
  story.statements.at(-1).perspective = 'observers'
  const file = path.join(scratch('reader-pg-new-'), 'four-camps.json')
  writeFileSync(file, JSON.stringify(story, null, 2))
  return file
}

const status = async (url: string) => (await fetch(url)).status

describe('a team on one Postgres', () => {
  it('migrates an empty database from the command line', () => {
    const result = spawnSync(tsx, ['scripts/db-migrate.ts'], { cwd: root, env, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('(postgres) is up to date; it holds 0 stories.')
  })

  it('two instances started at once share the store, and see a new story within 2 s', async () => {
    apps.push(...(await Promise.all([startNext(root, env), startNext(root, env)])))
    const page = (app: { base: string }, slug: string) => `${app.base}/stories/${slug}`
    // Both seeded, and the seed imported once.
    for (const app of apps) {
      expect(await status(page(app, 'pakistan-afghanistan-militancy-2023'))).toBe(200)
      expect(await status(page(app, 'four-camps'))).toBe(404)
    }
    // Run without blocking this process: a synchronous spawn would stall the fetch client
    // while the servers close its idle keep-alive sockets, and it would then reuse a dead one.
    const imported = await promisify(execFile)(tsx, ['scripts/stories-import.ts', fourCamps()], {
      cwd: root,
      env,
      encoding: 'utf8',
    })
    expect(imported.stderr).toBe('')
    expect(imported.stdout).toContain('Imported story "four-camps"')
    const done = Date.now()
    await Promise.all(
      apps.map(async (app) => {
        while ((await status(page(app, 'four-camps'))) !== 200) {
          expect(Date.now() - done).toBeLessThan(2_000)
          await new Promise((r) => setTimeout(r, 100))
        }
        const html = await (await fetch(page(app, 'four-camps'))).text()
        for (const camp of ['Pakistani officials', 'The Taliban', 'Independent analysts', 'Observers'])
          expect(html).toContain(camp)
      }),
    )
    expect(Date.now() - done).toBeLessThan(2_000)
  })

  it('each instance tells a load balancer whether the server answers: 503 while it is down, 200 again after', async () => {
    const health = async (app: { base: string }) => {
      const response = await fetch(`${app.base}/api/health`)
      return { status: response.status, body: (await response.json()) as { status: string; reason?: string } }
    }
    /** Asks until the answer has `status`, for at most a minute (the pool notices a restart on its next query). */
    const until = async (app: { base: string }, status: number) => {
      for (const end = Date.now() + 60_000; ;) {
        const answer = await health(app)
        if (answer.status === status || Date.now() > end) return answer
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    for (const app of apps) expect(await health(app)).toEqual({ status: 200, body: { status: 'ok' } })
    // PostgreSQL's fast shutdown, as an operator stopping it would; restart() waits for its exit.
    process.kill(server!.pid(), 'SIGINT')
    for (const app of apps) {
      const down = await until(app, 503)
      expect(down.status).toBe(503)
      expect(down.body.status).toBe('unavailable')
      expect(down.body.reason).toMatch(
        /^The database server (cannot be reached|is shutting down or starting up|closed the connection)\.$/,
      )
    }
    await server!.restart()
    for (const app of apps) expect(await until(app, 200)).toEqual({ status: 200, body: { status: 'ok' } })
  })
})
