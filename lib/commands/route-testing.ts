import { afterAll, beforeAll } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { appStore, storiesDir } from '../store/app-store'
import type { Store } from '../store/db'
import { seedFrom } from './stories/seed'
import { addUserAs } from './testing'

/**
 * Route handlers run as the server runs them, for tests: the app's store in a fresh
 * folder, seeded, with a reader, an editor and an admin signed in through the sign-in
 * route itself (passed in: lib never imports app), and requests as a browser on the
 * site's own page would send them.
 */

export const ORIGIN = 'http://127.0.0.1:3999'
export type Who = 'nobody' | 'reader' | 'editor' | 'admin'

export interface Harness {
  store: Store
  /** A request to `url` as `who`, from `origin` (the site's own unless given). */
  request(method: string, url: string, who: Who, body?: unknown, origin?: string): Request
  close(): Promise<void>
}

export const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) })

/** Signs `email` in through the sign-in route (from its own address) and gives the session's cookie header. */
export async function signInCookie(
  signIn: (request: Request) => Promise<Response>,
  email: string,
  password: string,
  address: string,
): Promise<string> {
  const response = await signIn(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        host: new URL(ORIGIN).host,
        'content-type': 'application/json',
        origin: ORIGIN,
        'x-forwarded-for': address,
      },
      body: JSON.stringify({ email, password }),
    }),
  )
  if (response.status !== 200)
    throw new Error(`signing in as ${email}: ${response.status} ${await response.text()}`)
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

export async function routeHarness(signIn: (request: Request) => Promise<Response>): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-routes-'))
  process.env.PGLITE_DIR = path.join(dir, 'db')
  const store = await appStore()
  await seedFrom(store, storiesDir())
  const cookies: Partial<Record<Who, string>> = {}
  for (const [n, role] of (['reader', 'editor', 'admin'] as const).entries()) {
    const email = `${role}@example.org`
    await addUserAs(store.db, {
      email,
      role,
      name: `${role[0]!.toUpperCase()}${role.slice(1)} Person`,
      password: `${role} password`,
    })
    cookies[role] = await signInCookie(signIn, email, `${role} password`, `10.1.0.${n + 1}`)
  }
  return {
    store,
    request: (method, url, who, body, origin = ORIGIN) =>
      new Request(`${ORIGIN}${url}`, {
        method,
        headers: {
          host: new URL(ORIGIN).host,
          origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(who === 'nobody' ? {} : { cookie: cookies[who]! }),
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * A harness for a test file whose routes fetch from the fixture web on loopback: the
 * server's setting (FETCH_ALLOW_PRIVATE=loopback) for the file's tests, restored after.
 */
export function loopbackHarness(
  signIn: (request: Request) => Promise<Response>,
  use: (harness: Harness) => void,
): void {
  let harness: Harness | undefined
  const previous = process.env.FETCH_ALLOW_PRIVATE
  beforeAll(async () => {
    process.env.FETCH_ALLOW_PRIVATE = 'loopback'
    harness = await routeHarness(signIn)
    use(harness)
  }, 180_000)
  afterAll(async () => {
    process.env.FETCH_ALLOW_PRIVATE = previous
    await harness?.close()
  })
}
