import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startNext } from './next-server.mjs'

/**
 * The story page's views are kept between requests (lib/store/app-store), never its
 * responses: on the production build with READ_ACCESS=signed-in, once a view is kept,
 * each response still has a nonce of its own (in its header and on every script), a
 * request without a session is still turned away, and an edit shows on the next request.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const STORY = 'pakistan-afghanistan-militancy-2023'
const STATEMENT = 'taliban-soil'
const PASSWORD = 'story cache test password'
const READER = 'cache-reader@example.test'
const EDITOR = 'cache-editor@example.test'

const dir = mkdtempSync(path.join(tmpdir(), 'reader-story-cache-'))
const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'db'), READ_ACCESS: 'signed-in' }
let app: { base: string; stop: () => Promise<void> } | undefined

function addUser(email: string, role: string) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      [
        'scripts/users-add.ts',
        '--email',
        email,
        '--role',
        role,
        '--password-file',
        path.join(dir, 'password'),
      ],
      { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(err))))
  })
}

async function signIn(email: string): Promise<string> {
  const { base } = app!
  const answer = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(answer.status).toBe(200)
  return answer.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

const storyUrl = () => `${app!.base}/stories/${STORY}`
const page = (cookie?: string, extra: Record<string, string> = {}) =>
  fetch(storyUrl(), { headers: { ...(cookie ? { cookie } : {}), ...extra }, redirect: 'manual' })
const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]

beforeAll(async () => {
  writeFileSync(path.join(dir, 'password'), `${PASSWORD}\n`)
  await addUser(READER, 'reader')
  await addUser(EDITOR, 'editor')
  app = await startNext(root, env)
}, 300_000)

afterAll(async () => {
  await app?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('the story page with its views kept', () => {
  it('gives each response its own nonce, on every script, once the view is kept', async () => {
    const cookie = await signIn(READER)
    const nonces: string[] = []
    for (let n = 0; n < 3; n++) {
      const response = await page(cookie)
      expect(response.status).toBe(200)
      const nonce = nonceOf(response)
      expect(nonce).toBeTruthy()
      nonces.push(nonce!)
      const html = await response.text()
      // The kept view is in every response: the statements' rows are there.
      expect(html).toContain('Jan Achakzai')
      const scripts = html.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(new Set(nonces).size).toBe(3)
  })

  it('turns away a request without a session after the view is kept, page and RSC payload alike', async () => {
    const cookie = await signIn(READER)
    expect((await page(cookie)).status).toBe(200)
    const refused = await page()
    expect(refused.status).toBe(307)
    expect(refused.headers.get('location')).toMatch(/^\/sign-in\?/)
    expect(await refused.text()).not.toContain('Jan Achakzai')
    // The page's RSC payload (a client-side navigation) holds the same redirect and no row.
    const rsc = await fetch(storyUrl(), { headers: { rsc: '1' } })
    const payload = await rsc.text()
    expect(payload).toContain('NEXT_REDIRECT;replace;/sign-in?')
    expect(payload).not.toContain('Jan Achakzai')
    // Signed in, the same RSC request gets the rows.
    expect(await (await fetch(storyUrl(), { headers: { rsc: '1', cookie } })).text()).toContain(
      'Jan Achakzai',
    )
    // A session signed out is nobody too.
    const out = await fetch(`${app!.base}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: app!.base, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(out.status).toBe(200)
    expect((await page(cookie)).status).toBe(307)
  })

  it('shows an edit on the next request, to a reader whose view was kept and to the editor', async () => {
    const reader = await signIn(READER)
    const editor = await signIn(EDITOR)
    expect(await (await page(reader)).text()).not.toContain('Kept views follow edits')
    expect(await (await page(editor)).text()).toContain('Story settings')
    const url = `${app!.base}/api/stories/${STORY}/statements/${STATEMENT}`
    const headers = { 'content-type': 'application/json', origin: app!.base, cookie: editor }
    const { statement } = await (await fetch(url, { headers })).json()
    const saved = await fetch(url, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({
        expectedVersion: statement.version,
        changes: {
          stance: { value: statement.stance?.value ?? 'rejects', label: 'Kept views follow edits' },
        },
      }),
    })
    expect(saved.status).toBe(200)
    const readerPage = await (await page(reader)).text()
    expect(readerPage).toContain('Kept views follow edits')
    const editorPage = await (await page(editor)).text()
    expect(editorPage).toContain('Kept views follow edits')
    expect(editorPage).toContain('Story settings')
    // The reader never gets the editor's controls, kept view or not.
    expect(readerPage).not.toContain('Story settings')
  })
})
