/**
 * A writable app for specs that sign in or write: its own fresh store and its own server,
 * so tests that write never disturb each other or the shared read-only servers.
 *
 * Per worker (and so per spec file that changes `appEnv`), the `app` fixture:
 * 1. makes a fresh PGlite folder in a temporary directory, a copy of a store holding
 *    the three accounts: made once per run by `npm run users:add` (scripts/users-add.ts)
 *    for an admin, an editor and a reader, with password files (each run of the command
 *    costs seconds of CPU, and a run starts a dozen apps);
 * 2. starts the app's server (server.mjs, the production build) with PGLITE_DIR set, on
 *    E2E_PORT+2 + the worker's index (the next free one up to E2E_PORT+9), and waits for it;
 * 3. signs each role in once, through the sign-in endpoint, and keeps its session as a
 *    Playwright storageState file: tests reuse it, so the sign-in rate limit is never hit
 *    by accident (a test of the limit signs in on purpose, on a server of its own);
 * 4. at the end stops the server by its pid and removes the folder.
 *
 * Use it in a spec:
 *
 *   import { expect, test } from './writable'
 *   test.use({ role: 'editor' })            // `page` and `request` signed in as the editor
 *   test('…', async ({ page, app }) => { await page.goto('/') })   // baseURL is the app's
 *   test('…', async ({ app }) => {
 *     const reader = await app.request('reader')  // an APIRequestContext with that session
 *     const anonymous = await app.request(null)    // …or with none
 *     const editorContext = await app.as('editor') // a BrowserContext signed in as the editor
 *   })
 *   test.use({ appEnv: { READ_ACCESS: 'signed-in' } })   // a server with other settings
 *
 * Requests from `app.request(…)` send this app's Origin, as a browser on its pages would;
 * pass `headers: { origin: … }` to try another. Contexts and request contexts made through
 * `app` are closed with it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'
import {
  test as base,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type BrowserContext,
} from '@playwright/test'

export { expect }

export type Role = 'admin' | 'editor' | 'reader'
export const ROLES: Role[] = ['admin', 'editor', 'reader']

export interface Account {
  email: string
  name: string
  password: string
}

export const ACCOUNTS: Record<Role, Omit<Account, 'password'>> = {
  admin: { email: 'admin@example.test', name: 'Ada Admin' },
  editor: { email: 'editor@example.test', name: 'Eddie Editor' },
  reader: { email: 'reader@example.test', name: 'Rita Reader' },
}

export interface WritableApp {
  baseURL: string
  /** The temporary folder: the store is in `db/`, the server's output in `server.log`. */
  dir: string
  pid: number
  accounts: Record<Role, Account>
  /** The storageState file of a role's session, made once when the app started. */
  storageState(role: Role): string
  /** A browser context signed in as `role`. */
  as(role: Role): Promise<BrowserContext>
  /** An API request context signed in as `role`, or with no session for null. */
  request(role: Role | null): Promise<APIRequestContext>
  /** The server's output so far (for a failing test's message). */
  log(): string
}

const root = fileURLToPath(new URL('..', import.meta.url))

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** This engineer's own range, E2E_PORT+2 to +9, starting at the worker's own slot. */
async function pickPort(slot: number): Promise<number> {
  const first = Number(process.env.E2E_PORT ?? 3100) + 2
  for (let i = 0; i < 8; i++) {
    const port = first + ((slot + i) % 8)
    if (await portIsFree(port)) return port
  }
  throw new Error(`No free port between ${first} and ${first + 7} for a writable app server.`)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(args[0] ?? command)} failed:\n${output}`)),
    )
  })
}

async function waitForServer(url: string, server: ChildProcess, logFile: string, ms: number) {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (server.exitCode !== null) break
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The app server did not come up at ${url}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`)
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(server.pid!, 'SIGTERM')
  const timer = setTimeout(() => server.pid && process.kill(server.pid, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** A store holding the three accounts, added by `npm run users:add`, and their passwords. */
async function addAccounts(dir: string): Promise<Record<Role, Account>> {
  const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'db') }
  const accounts = {} as Record<Role, Account>
  for (const role of ROLES) {
    const password = `pw-${role}-${randomBytes(9).toString('base64url')}`
    const file = path.join(dir, `${role}.password`)
    writeFileSync(file, `${password}\n`, { mode: 0o600 })
    const { email, name } = ACCOUNTS[role]
    await run(
      path.join(root, 'node_modules/.bin/tsx'),
      [
        path.join(root, 'scripts/users-add.ts'),
        '--email',
        email,
        '--role',
        role,
        '--name',
        name,
        '--password-file',
        file,
      ],
      env,
    )
    accounts[role] = { email, name, password }
  }
  writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify(accounts), { mode: 0o600 })
  return accounts
}

/**
 * The store of `dir` (its `db/`), holding the three accounts: a copy of one made once per
 * run in the run's store folder (E2E_STORE_DIR, which the runner's workers share). That
 * one is made aside, then renamed into place, so a worker that loses the race uses the
 * winner's. Without the run's folder, the accounts are added to this store itself.
 */
async function storeWithAccounts(dir: string): Promise<Record<Role, Account>> {
  const base = process.env.E2E_STORE_DIR
  if (!base) return addAccounts(dir)
  const shared = path.join(base, 'accounts')
  if (!existsSync(path.join(shared, 'accounts.json'))) {
    const made = mkdtempSync(path.join(base, 'accounts-'))
    await addAccounts(made)
    try {
      renameSync(made, shared)
    } catch {
      rmSync(made, { recursive: true, force: true })
    }
  }
  // A closed PGlite folder copies whole: its lock file sits beside it, not in it.
  cpSync(path.join(shared, 'db'), path.join(dir, 'db'), { recursive: true })
  return JSON.parse(readFileSync(path.join(shared, 'accounts.json'), 'utf8')) as Record<Role, Account>
}

async function startApp(slot: number, extraEnv: Record<string, string>, closers: (() => Promise<void>)[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-writable-'))
  closers.push(async () => rmSync(dir, { recursive: true, force: true }))
  const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'db'), ...extraEnv }
  const accounts = await storeWithAccounts(dir)

  const port = await pickPort(slot)
  const baseURL = `http://127.0.0.1:${port}`
  const logFile = path.join(dir, 'server.log')
  const out = openSync(logFile, 'a')
  const server = spawn(
    process.execPath,
    [path.join(root, 'server.mjs'), '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', out, out],
    },
  )
  closeSync(out)
  closers.push(() => stopServer(server))
  await waitForServer(`${baseURL}/sign-in`, server, logFile, 120_000)

  const states = {} as Record<Role, string>
  for (const role of ROLES) {
    const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
    const response = await context.post('/api/auth/sign-in/email', {
      data: { email: accounts[role].email, password: accounts[role].password },
    })
    if (!response.ok())
      throw new Error(`Signing in as ${role} failed: ${response.status()} ${await response.text()}`)
    states[role] = path.join(dir, `${role}.storage.json`)
    await context.storageState({ path: states[role] })
    await context.dispose()
  }
  return { dir, baseURL, server, accounts, states, logFile }
}

type WorkerFixtures = { app: WritableApp; appEnv: Record<string, string> }
type TestFixtures = { role: Role | null }

export const test = base.extend<TestFixtures, WorkerFixtures>({
  appEnv: [{}, { scope: 'worker', option: true }],
  app: [
    async ({ browser, appEnv }, provide, workerInfo) => {
      const closers: (() => Promise<void>)[] = []
      try {
        const started = await startApp(workerInfo.parallelIndex, appEnv, closers)
        const { baseURL, states } = started
        const app: WritableApp = {
          baseURL,
          dir: started.dir,
          pid: started.server.pid!,
          accounts: started.accounts,
          storageState: (role) => states[role],
          async as(role) {
            const context = await browser.newContext({ baseURL, storageState: states[role] })
            closers.push(() => context.close())
            return context
          },
          async request(role) {
            const context = await playwrightRequest.newContext({
              baseURL,
              extraHTTPHeaders: { origin: baseURL },
              storageState: role ? states[role] : undefined,
            })
            closers.push(() => context.dispose())
            return context
          },
          log: () => readFileSync(started.logFile, 'utf8'),
        }
        await provide(app)
      } finally {
        for (const close of closers.reverse()) await close().catch(() => undefined)
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  role: [null, { option: true }],
  baseURL: async ({ app }, provide) => provide(app.baseURL),
  storageState: async ({ app, role }, provide) => provide(role ? app.storageState(role) : undefined),
})
