// Starting the app's server (server.mjs, what `npm start` runs) for a script or a test: a
// free port, the server, and a wait until it answers. Started with node directly, not npm
// or npx, so killing it leaves nothing behind.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const nextBin = (root) => path.join(root, 'node_modules', '.bin', 'next')

/** The command and arguments that serve the production build, as `npm start` does. */
export const appServer = (root, args = []) => [process.execPath, [path.join(root, 'server.mjs'), ...args]]

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(url, ms) {
  for (const until = Date.now() + ms; Date.now() < until;) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`no answer from ${url}`)
}

/**
 * Serves the production build in `env.NEXT_DIST_DIR` (or .next) of the app in `dir` (the
 * project itself unless given); returns its base URL, a stop and its pid. Unless `env` names a
 * store, the server gets a fresh one in a temporary folder, seeded from the story folder
 * on start, and removed by stop: never the repo's .data.
 */
export async function startNext(root, env = process.env, dir = '.') {
  const port = await freePort()
  const scratch = env.PGLITE_DIR || env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), 'reader-next-'))
  const server = spawn(...appServer(root, [dir, '-p', String(port), '-H', '127.0.0.1']), {
    cwd: root,
    env: scratch ? { ...env, PGLITE_DIR: path.join(scratch, 'db') } : env,
    stdio: 'ignore',
  })
  const exited = new Promise((resolve) => server.once('exit', resolve))
  const stop = async () => {
    server.kill()
    await exited
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  }
  const base = `http://127.0.0.1:${port}`
  try {
    // Generous: on start the server migrates and seeds its store (a large story takes minutes).
    await waitFor(`${base}/`, 300_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, stop, pid: server.pid }
}

/**
 * Starts the app's server for a start that must fail (a store it may not open) and waits
 * for it to exit; its exit code and stderr. Should it start after all, it is stopped
 * after `ms`, and its exit code tells.
 */
export async function appUntilExit(root, env, ms = 120_000) {
  const port = await freePort()
  const app = spawn(...appServer(root, ['-p', String(port), '-H', '127.0.0.1']), {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  app.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => app.once('exit', resolve))
  const timer = setTimeout(() => app.kill(), ms)
  const code = await exited
  clearTimeout(timer)
  return { code, stderr }
}
