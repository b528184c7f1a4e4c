// Starting `next start` for a script: a free port, the server, and a wait until it answers.
// Started through node_modules/.bin/next, not npx, so killing it leaves nothing behind.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

export const nextBin = (root) => path.join(root, 'node_modules', '.bin', 'next')

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
 * project itself unless given); returns its base URL and a stop.
 */
export async function startNext(root, env = process.env, dir = '.') {
  const port = await freePort()
  const server = spawn(nextBin(root), ['start', dir, '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: 'ignore',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${base}/`, 60_000)
  } catch (error) {
    server.kill()
    throw error
  }
  return { base, stop: () => server.kill() }
}
