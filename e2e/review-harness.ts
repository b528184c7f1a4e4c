import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { request, type APIRequestContext } from '@playwright/test'
import { startNext } from '../scripts/next-server.mjs'

// TODO(review branch): use branch auth's e2e/writable.ts once it is on main. Until then
// this gives the review specs the same thing: a fresh store and server for the spec file,
// an editor and a reader made from the command line, each signed in once.

const root = fileURLToPath(new URL('..', import.meta.url))
export const PASSWORD = 'correct horse battery staple'
export const USERS = { editor: 'editor@example.org', reader: 'reader@example.org' } as const
export type Who = keyof typeof USERS

export interface Writable {
  base: string
  /** A signed-in browser state per role, for browser.newContext({ storageState }). */
  state: Record<Who, Awaited<ReturnType<APIRequestContext['storageState']>>>
  stop: () => Promise<void>
}

export async function writableServer(): Promise<Writable> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-review-e2e-'))
  const env = { ...process.env, PGLITE_DIR: path.join(dir, 'db') }
  const secret = path.join(dir, 'password')
  writeFileSync(secret, `${PASSWORD}\n`)
  for (const [role, email] of Object.entries(USERS)) {
    const made = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/users-add.ts', '--email', email, '--role', role, '--password-file', secret],
      { cwd: root, env, encoding: 'utf8' },
    )
    if (made.status !== 0) throw new Error(`users:add failed: ${made.stderr}`)
  }
  const server = await startNext(root, env)
  const state = {} as Writable['state']
  for (const [role, email] of Object.entries(USERS) as [Who, string][]) {
    const api = await request.newContext({ baseURL: server.base, extraHTTPHeaders: { origin: server.base } })
    const signed = await api.post('/api/auth/sign-in/email', { data: { email, password: PASSWORD } })
    if (!signed.ok()) throw new Error(`sign-in as ${role} failed: ${signed.status()} ${await signed.text()}`)
    state[role] = await api.storageState()
    await api.dispose()
  }
  return {
    base: server.base,
    state,
    stop: async () => {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
