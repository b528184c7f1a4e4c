import { betterAuth } from 'better-auth'
import { getCookies } from 'better-auth/cookies'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appSettings, authSessions, authUsers } from '../store/auth-tables'
import type { Store } from '../store/db'
import { tempStore } from '../store/testing'
import { ACCOUNT_DISABLED, authOptions } from './options'
import { hasRole } from './roles'
import { authSecret } from './secret'
import { addUserAs as addUser } from '../commands/testing'
import { resetPassword, setDisabled } from '../commands/users/commands'

// Password hashing (scrypt) takes its time on a busy machine: these tests get minutes, not 5 s.
let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await tempStore())
  await addUser(store.db, { email: 'ada@example.org', role: 'admin', password: 'correct horse' })
}, 120_000)
afterAll(() => done?.())

const ORIGIN = 'http://127.0.0.1:3999'
let address = 0
/** A POST as a browser on our own page sends it; each test uses its own client address. */
function post(path: string, body: unknown, extra: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: ORIGIN,
      'x-forwarded-for': `10.0.0.${address}`,
      ...extra,
    },
    body: JSON.stringify(body),
  })
}
const app = (secure = false) =>
  betterAuth(authOptions({ db: store.db, secret: 'x'.repeat(16) + 'test-secret-of-enough-length', secure }))
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

describe('roles', () => {
  it('orders roles: an admin can do what an editor can, an editor what a reader can', () => {
    expect(hasRole('admin', 'editor')).toBe(true)
    expect(hasRole('editor', 'reader')).toBe(true)
    expect(hasRole('reader', 'editor')).toBe(false)
    expect(hasRole('editor', 'admin')).toBe(false)
  })
})

describe('the auth secret', () => {
  it('is generated once, kept in the store and the same for every caller; AUTH_SECRET wins', async () => {
    const logs: string[] = []
    const [a, b] = await Promise.all([
      authSecret(store.db, (m) => logs.push(m)),
      authSecret(store.db, (m) => logs.push(m)),
    ])
    expect(a).toBe(b)
    expect(a.length).toBeGreaterThanOrEqual(32)
    expect(await authSecret(store.db, (m) => logs.push(m))).toBe(a)
    expect(logs).toHaveLength(1)
    expect(await store.db.select().from(appSettings)).toHaveLength(1)
    process.env.AUTH_SECRET = 'from-the-environment-and-long-enough-to-use'
    try {
      expect(await authSecret(store.db)).toBe('from-the-environment-and-long-enough-to-use')
    } finally {
      delete process.env.AUTH_SECRET
    }
  })
})

describe('sign-in through better-auth over the store', { timeout: 120_000 }, () => {
  it('signs in with the right password only, and nobody can sign up', async () => {
    address = 1
    const auth = app()
    const good = await auth.handler(
      post('/sign-in/email', { email: 'ada@example.org', password: 'correct horse' }),
    )
    expect(good.status).toBe(200)
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(good) }) })
    expect(session?.user).toMatchObject({ email: 'ada@example.org', role: 'admin' })
    const wrong = await auth.handler(
      post('/sign-in/email', { email: 'ada@example.org', password: 'wrong horse' }),
    )
    expect(wrong.status).toBe(401)
    const signUp = await auth.handler(
      post('/sign-up/email', { email: 'eve@example.org', password: 'eve password', name: 'Eve' }),
    )
    expect(signUp.status).toBeGreaterThanOrEqual(400)
    expect(await store.db.select().from(authUsers).where(eq(authUsers.email, 'eve@example.org'))).toEqual([])
  })

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure on the https instance', async () => {
    for (const secure of [false, true]) {
      const { sessionToken } = getCookies(app(secure).options)
      expect(sessionToken.attributes).toMatchObject({ httpOnly: true, sameSite: 'lax', secure })
    }
    address = 3
    const response = await app(true).handler(
      post('/sign-in/email', { email: 'ada@example.org', password: 'correct horse' }),
    )
    const cookie = response.headers.getSetCookie().find((c) => c.includes('session_token'))
    expect(cookie).toMatch(/^__Secure-/)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
  })

  it('ends a disabled user’s sessions at once and refuses them a new one', async () => {
    address = 5
    const auth = app()
    const cat = await addUser(store.db, {
      email: 'cat@example.org',
      role: 'editor',
      password: 'cat password',
    })
    const signedIn = await auth.handler(
      post('/sign-in/email', { email: 'cat@example.org', password: 'cat password' }),
    )
    const headers = new Headers({ cookie: cookieOf(signedIn) })
    expect((await auth.api.getSession({ headers }))?.user.email).toBe('cat@example.org')
    await setDisabled(store.db, cat.id, true)
    expect(await auth.api.getSession({ headers })).toBeNull()
    expect(await store.db.select().from(authSessions).where(eq(authSessions.userId, cat.id))).toEqual([])
    const again = await auth.handler(
      post('/sign-in/email', { email: 'cat@example.org', password: 'cat password' }),
    )
    expect(again.status).toBe(403)
    expect(JSON.stringify(await again.json())).toContain(ACCOUNT_DISABLED)
    await setDisabled(store.db, cat.id, false)
    expect(
      (await auth.handler(post('/sign-in/email', { email: 'cat@example.org', password: 'cat password' })))
        .status,
    ).toBe(200)
  })

  it('a reset password replaces the old one and ends the account’s sessions', async () => {
    address = 6
    const auth = app()
    const [cat] = await store.db.select().from(authUsers).where(eq(authUsers.email, 'cat@example.org'))
    const signedIn = await auth.handler(
      post('/sign-in/email', { email: 'cat@example.org', password: 'cat password' }),
    )
    const headers = new Headers({ cookie: cookieOf(signedIn) })
    await resetPassword(store.db, cat!.id, 'new cat password')
    expect(await auth.api.getSession({ headers })).toBeNull()
    expect(
      (await auth.handler(post('/sign-in/email', { email: 'cat@example.org', password: 'cat password' })))
        .status,
    ).toBe(401)
    expect(
      (await auth.handler(post('/sign-in/email', { email: 'cat@example.org', password: 'new cat password' })))
        .status,
    ).toBe(200)
  })
})

describe('the per-account sign-in count', () => {
  it('allows max attempts in a window, whatever the address, then says how long to wait; a new window starts afresh', async () => {
    const { consumeAttempt } = await import('./attempts')
    const rule = { window: 60, max: 3 }
    const t0 = 1_000_000
    const results = []
    for (let i = 0; i < 4; i++)
      results.push(await consumeAttempt(store.db, 'account:x@example.org', rule, t0 + i * 1000))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]!.retryAfter).toBe(57)
    expect((await consumeAttempt(store.db, 'account:y@example.org', rule, t0 + 4000)).allowed).toBe(true)
    expect((await consumeAttempt(store.db, 'account:x@example.org', rule, t0 + 61_000)).allowed).toBe(true)
  })
})
