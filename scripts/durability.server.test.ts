import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { canonicalText } from '../lib/store/canonical'
import { startPostgres, type PostgresServer } from './postgres-server'

/**
 * Nothing lost: a stream of story imports, with a process killed by SIGKILL at a random
 * moment, ten times, restarting each time. Every import that was acknowledged must be
 * there in full, no story half-written, and the store must open without repair.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
// The writer runs in this node process itself (tsx as a loader, not its wrapper binary), so
// SIGKILL lands on the process holding the store, not on a parent that leaves it running.
const runTs = (script: string, ...args: string[]) => [process.execPath, ['--import', 'tsx', script, ...args]] as const
const SEED = readFileSync(path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json'), 'utf8')
const KILLS = 10

const scratches: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-durable-'))
  scratches.push(dir)
  return dir
}
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Story files big enough (the seed’s statements 10 times over) that a kill can land mid-write. */
function storyFiles(count: number): string[] {
  const dir = scratch()
  const seed = JSON.parse(SEED)
  return Array.from({ length: count }, (_, n) => {
    const story = { ...seed, id: `durable-${n}` }
    story.statements = Array.from({ length: 10 }, (_, k) =>
      seed.statements.map((s: { id: string }) => ({ ...s, id: `${s.id}-${k}` })),
    ).flat()
    const file = path.join(dir, `${story.id}.json`)
    writeFileSync(file, JSON.stringify(story, null, 2))
    return file
  })
}

type Run = { acked: boolean; done: Promise<void>; kill: () => void }
function importOne(file: string, env: NodeJS.ProcessEnv): Run {
  const child = spawn(...runTs('scripts/stories-import.ts', file), {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const run: Run = {
    acked: false,
    done: new Promise((resolve) =>
      child.once('exit', (code) => {
        // Acknowledged: the tool said so and exited cleanly, after its transaction committed.
        run.acked = code === 0 && out.includes('Imported story')
        resolve()
      }),
    ),
    kill: () => child.kill('SIGKILL'),
  }
  return run
}

let lastDuration = 5_000

/**
 * One round: an import run to the end (acknowledged), then another killed at a random
 * moment of its expected run time: starting up, opening the store, writing, or closing.
 */
async function roundWithKill(files: string[], env: NodeJS.ProcessEnv, kill: (run: Run) => Promise<void>) {
  const acked: string[] = []
  const first = files.shift()!
  const started = Date.now()
  const whole = importOne(first, env)
  await whole.done
  if (!whole.acked) throw new Error(`import of ${first} failed without a kill`)
  lastDuration = Date.now() - started
  acked.push(first)
  const second = files.shift()!
  const killed = importOne(second, env)
  const timer = setTimeout(() => void kill(killed), Math.random() * lastDuration * 1.2)
  await killed.done
  clearTimeout(timer)
  // An import that finished before the kill is acknowledged like any other.
  if (killed.acked) acked.push(second)
  return acked
}

/** Exports the whole store and checks it: every acknowledged story in full, nothing partial. */
async function verify(env: NodeJS.ProcessEnv, acked: string[], all: string[]) {
  const out = scratch()
  const exported = await new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(...runTs('scripts/stories-export.ts', '--out', out), {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('exit', (code) => resolve({ code, err }))
  })
  expect(exported.err.replace(/^Took over the lock.*\n/m, '')).toBe('')
  expect(exported.code).toBe(0)
  const present = new Set(readdirSync(out))
  for (const file of acked) expect(present.has(path.basename(file)), file).toBe(true)
  for (const name of present) {
    const source = all.find((file) => path.basename(file) === name)!
    expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(canonicalText(readFileSync(source, 'utf8')))
  }
  return present.size
}

describe('durability under SIGKILL', () => {
  it('on PGlite: the import tool killed ten times', async () => {
    const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(scratch(), 'db') }
    const all = storyFiles(2 * KILLS)
    const queue = [...all]
    const acked: string[] = []
    for (let round = 0; round < KILLS; round++) {
      acked.push(...(await roundWithKill(queue, env, async (run) => run.kill())))
    }
    expect(acked.length).toBeGreaterThanOrEqual(KILLS)
    expect(await verify(env, acked, all)).toBeGreaterThanOrEqual(acked.length)
  })

  it('on Postgres: the import tool and the server killed, five times each', async () => {
    let server: PostgresServer | undefined
    try {
      server = await startPostgres()
      const pg = server
      const env = { ...process.env, DATABASE_URL: pg.url, PGLITE_DIR: '' }
      const all = storyFiles(2 * KILLS)
      const queue = [...all]
      const acked: string[] = []
      for (let round = 0; round < KILLS; round++) {
        const killServer = round % 2 === 0
        acked.push(
          ...(await roundWithKill(queue, env, async (run) => {
            if (killServer) process.kill(pg.pid(), 'SIGKILL')
            else run.kill()
          })),
        )
        if (killServer) await pg.restart()
      }
      expect(acked.length).toBeGreaterThanOrEqual(KILLS)
      expect(await verify(env, acked, all)).toBeGreaterThanOrEqual(acked.length)
    } finally {
      await server?.stop()
    }
  })
})
