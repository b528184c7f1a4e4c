import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { appUntilExit, startNext } from './next-server.mjs'

/**
 * One process per PGlite folder, however the folder is named. The app (the production
 * build, through server.mjs) holds the store; a command and a second app reach the same
 * folder through a symlink to it and through a symlink to the folder above it. Both are
 * refused, naming the app's process, never calling the folder damaged; the app answers
 * throughout, and every write it acknowledged is there after a restart.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const EMAIL = 'lock@example.test'
const PASSWORD = 'lock test password'

const scratch = realpathSync.native(mkdtempSync(path.join(tmpdir(), 'reader-lock-')))
const real = path.join(scratch, 'stores', 'db')
const toFolder = path.join(scratch, 'to-folder')
const toParent = path.join(scratch, 'to-parent')
const apps: { stop: () => Promise<void> }[] = []
afterAll(async () => {
  await Promise.allSettled(apps.map((app) => app.stop()))
  rmSync(scratch, { recursive: true, force: true })
})

const env = (dir: string) => ({ ...process.env, DATABASE_URL: '', READ_ACCESS: '', PGLITE_DIR: dir })

/** Runs a command to its end; its exit code and output, without blocking the test's fetches. */
function run(command: string, args: string[], dir: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { cwd: root, env: env(dir), encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** A second app on `dir`, run to its exit: its exit code and stderr. */
const secondApp = (dir: string) => appUntilExit(root, env(dir))

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  expect(response.status).toBe(200)
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

const sessionOf = async (base: string, cookie: string) =>
  (
    (await (await fetch(`${base}/api/auth/get-session`, { headers: { cookie } })).json()) as {
      user?: { email: string }
    } | null
  )?.user?.email

describe('a PGlite folder reached through symlinks', () => {
  it('a command and a second app are refused while the app holds it, and nothing acknowledged is lost', async () => {
    mkdirSync(path.dirname(real), { recursive: true })
    symlinkSync(real, toFolder)
    symlinkSync(path.dirname(real), toParent)
    const password = path.join(scratch, 'password')
    writeFileSync(password, `${PASSWORD}\n`)
    const added = await run(
      tsx,
      ['scripts/users-add.ts', '--email', EMAIL, '--role', 'editor', '--password-file', password],
      real,
    )
    expect(added.code, added.stderr).toBe(0)

    const app = await startNext(root, env(real))
    apps.push(app)
    const before = await signIn(app.base)

    const attempts = await Promise.all([
      run(tsx, ['scripts/db-migrate.ts'], toFolder),
      run(tsx, ['scripts/db-migrate.ts'], path.join(toParent, 'db')),
      secondApp(toFolder),
      secondApp(path.join(toParent, 'db')),
    ])
    for (const [i, attempt] of attempts.entries()) {
      expect(attempt.code, `attempt ${i}: ${attempt.stderr}`).toBe(1)
      expect(attempt.stderr).not.toMatch(/damaged|\[object Object\]|Aborted\(/)
    }
    // The command finds the app by either spelling (its admin socket is keyed as the lock
    // is), and refuses in words rather than migrate a store in use.
    for (const attempt of attempts.slice(0, 2)) {
      expect(attempt.stderr).toContain(`The app (process ${app.pid}) is running on the store in`)
      expect(attempt.stderr).toContain('db:migrate does not run while it does')
    }
    // A second app meets the lock, which names the folder where it really is.
    for (const attempt of attempts.slice(2)) {
      expect(attempt.stderr).toContain(`is in use by process ${app.pid}`)
      expect(attempt.stderr).toContain(`(that is ${real})`)
      expect(attempt.stderr).toContain('The app cannot start. The story store in')
    }

    // The app answered throughout, and goes on writing: a second session.
    expect(await sessionOf(app.base, before)).toBe(EMAIL)
    const after = await signIn(app.base)
    await app.stop()

    // Restarted, through the symlinked folder above this time: both sessions are there.
    const again = await startNext(root, env(path.join(toParent, 'db')))
    apps.push(again)
    expect(await sessionOf(again.base, before)).toBe(EMAIL)
    expect(await sessionOf(again.base, after)).toBe(EMAIL)
  })
})
