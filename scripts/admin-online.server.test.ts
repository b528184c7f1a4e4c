import { execFile } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSocketPath } from '../lib/store/admin-socket'
import { backupKind } from '../lib/store/backup/files'
import { canonicalText } from '../lib/store/canonical'
import { startNext } from './next-server.mjs'

/**
 * Admin while the app runs on PGlite: with the production server holding the folder, the
 * tools add an account, import, export, draft an article and back up through the app
 * (its admin socket), at once and with nothing waiting for the lock, while pages keep
 * answering; db:restore and db:migrate refuse in words. Stopped, the tools open the folder
 * themselves again. (Figures: scripts/bench-admin.mjs.)
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const SEED = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')
const SEED_ID = 'pakistan-afghanistan-militancy-2023'

const scratch = mkdtempSync(path.join(tmpdir(), 'reader-online-'))
const dir = path.join(scratch, 'db')
const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '', STORIES_DIR: path.join(scratch, 'stories') }
let app: { base: string; stop: () => Promise<void> } | undefined

beforeAll(async () => {
  mkdirSync(env.STORIES_DIR, { recursive: true })
  copyFileSync(SEED, path.join(env.STORIES_DIR, path.basename(SEED)))
  // A larger story to import while pages are read.
  await promisify(execFile)(
    'node',
    ['scripts/generate-story.mjs', '--statements', '5000', '--out', scratch],
    { cwd: root },
  )
  app = await startNext(root, env)
})
afterAll(async () => {
  await app?.stop()
  rmSync(scratch, { recursive: true, force: true })
}, 60_000)

/** A tool, run without blocking this process, so the reads below go on meanwhile. */
async function tool(script: string, args: string[], extra: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [path.join('scripts', script), ...args], {
      cwd: root,
      env: { ...env, ...extra },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { status: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { status: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** Reads a page over and over until `until` settles; every answer and when it came. */
async function readWhile<T>(until: Promise<T>, url: string) {
  const answers: { status: number; ms: number; at: number }[] = []
  let done = false
  const result = until.finally(() => (done = true))
  const loop = (async () => {
    while (!done) {
      const started = Date.now()
      const status = (await fetch(url)).status
      answers.push({ status, ms: Date.now() - started, at: Date.now() })
    }
  })()
  const value = await result
  await loop
  return { value, answers }
}

const signIn = (email: string, password: string) =>
  fetch(`${app!.base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app!.base },
    body: JSON.stringify({ email, password }),
  })

describe('admin while the app runs on PGlite', () => {
  it('listens on an owner-only socket beside the folder’s lock', () => {
    const socket = adminSocketPath(dir)
    expect(socket).toBe(`${dir}.admin.sock`)
    expect(statSync(socket).isSocket()).toBe(true)
    expect(statSync(socket).mode & 0o777).toBe(0o600)
    expect(Number.parseInt(readFileSync(`${dir}.lock`, 'utf8'), 10)).toBeGreaterThan(0)
  })

  it('adds an account the running app signs in at once', async () => {
    const password = path.join(scratch, 'password')
    writeFileSync(password, 'an online password\n')
    const added = await tool('users-add.ts', [
      '--email',
      'online@example.org',
      '--role',
      'admin',
      '--password-file',
      password,
    ])
    // No wait for the lock, and no second process on the folder: the app made it.
    expect(added.stderr).toBe('')
    expect(added.status).toBe(0)
    expect(added.stdout).toBe(`Added online@example.org (online) as admin, in the store at ${dir}.\n`)
    expect((await signIn('online@example.org', 'an online password')).status).toBe(200)
    const again = await tool('users-add.ts', [
      '--email',
      'online@example.org',
      '--role',
      'reader',
      '--password-file',
      password,
    ])
    expect(again.status).toBe(1)
    expect(again.stderr).toBe('There is already an account for online@example.org.\n')
  })

  it('imports a story of 5,000 statements while pages are read, and the app shows it', async () => {
    const file = path.join(scratch, 'synthetic-5000.json')
    const { value: imported, answers } = await readWhile(
      tool('stories-import.ts', [file]),
      `${app!.base}/stories/${SEED_ID}`,
    )
    expect(imported.stderr).toBe('')
    expect(imported.stdout).toContain('Imported story "synthetic-5000"')
    expect(answers.length).toBeGreaterThan(0)
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect((await fetch(`${app!.base}/stories/synthetic-5000`)).status).toBe(200)
    const twice = await tool('stories-import.ts', [file])
    expect(twice.status).toBe(1)
    expect(twice.stderr).toContain(
      'is already in the store. Nothing was imported. To overwrite it, add --replace.',
    )
  })

  it('exports stories from the running app', async () => {
    const out = path.join(scratch, 'export')
    const exported = await tool('stories-export.ts', ['--out', out])
    expect(exported.stderr).toBe('')
    expect(readdirSync(out).sort()).toEqual([`${SEED_ID}.json`, 'synthetic-5000.json'])
    expect(readFileSync(path.join(out, `${SEED_ID}.json`), 'utf8')).toBe(readFileSync(SEED, 'utf8'))
    expect(readFileSync(path.join(out, 'synthetic-5000.json'), 'utf8')).toBe(
      canonicalText(readFileSync(path.join(scratch, 'synthetic-5000.json'), 'utf8')),
    )
    const missing = await tool('stories-export.ts', ['no-such-story', '--out', out])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('No such story in the store: no-such-story. Nothing written.\n')
  })

  it('drafts an article into a review the running app serves', async () => {
    const article = path.join(scratch, 'article.txt')
    writeFileSync(article, '“We will keep the crossing shut,” the commander, Ali Raza, said on Monday.\n')
    const drafted = await tool('import.ts', [article, '--story', SEED_ID], { APP_URL: app!.base })
    expect(drafted.stderr).toBe('')
    const address = /(http:\S+\/reviews\/\S+)/.exec(drafted.stdout)?.[1]
    expect(address).toBeDefined()
    const cookie = (await signIn('online@example.org', 'an online password')).headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const page = await fetch(address!, { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Ali Raza')
  })

  it('backs up the running store, owner-only, into a file that restores elsewhere', async () => {
    const file = path.join(scratch, 'online.backup')
    const { value: saved, answers } = await readWhile(tool('db-backup.ts', [file]), `${app!.base}/`)
    expect(saved.stderr).toBe('')
    expect(saved.stdout).toMatch(
      new RegExp(`^Saved the store in ${dir} to ${file}: \\d+ rows in \\d+ tables\\.\\n$`),
    )
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(backupKind(file)).toBe('portable')
    // The app's copy of its folder, read by the tool beside the file, is gone.
    expect(readdirSync(scratch).filter((name) => name.startsWith('.reader-backup-'))).toEqual([])

    const elsewhere = { PGLITE_DIR: path.join(scratch, 'restored') }
    const restored = await tool('db-restore.ts', [file], elsewhere)
    expect(restored.stderr).toBe('')
    expect(restored.status).toBe(0)
    const out = path.join(scratch, 'export-restored')
    expect((await tool('stories-export.ts', ['--out', out], elsewhere)).status).toBe(0)
    for (const name of readdirSync(path.join(scratch, 'export')))
      expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(
        readFileSync(path.join(scratch, 'export', name), 'utf8'),
      )
  })

  it('refuses db:restore and db:migrate in words', async () => {
    const restore = await tool('db-restore.ts', [path.join(scratch, 'online.backup')])
    expect(restore.status).toBe(1)
    expect(restore.stderr).toMatch(
      new RegExp(
        `^The app \\(process \\d+\\) is running on the store in ${dir}\\. db:restore does not run while it does: a backup is restored only into an empty store`,
      ),
    )
    const migrate = await tool('db-migrate.ts', [])
    expect(migrate.status).toBe(1)
    expect(migrate.stderr).toMatch(
      /is running on the store in .*\. db:migrate does not run while it does: the app migrated the store when it started/,
    )
  })

  it('once the app is stopped, the tools open the folder themselves', async () => {
    await app!.stop()
    app = undefined
    expect(existsSync(adminSocketPath(dir))).toBe(false)
    const migrated = await tool('db-migrate.ts', [])
    expect(migrated.stderr).toBe('')
    expect(migrated.stdout).toBe(`The store in ${dir} (pglite) is up to date; it holds 2 stories.\n`)
  })
})
