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
import { sameOrigin } from './session'
import { addUser, listUsers, resetPassword, setDisabled, setRole, UserInputError } from './users'

// Password hashing (scrypt) takes its time on a busy machine: these tests get minutes, not 5 s.
let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await tempStore())
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

describe('accounts in the store', { timeout: 60_000 }, () => {
  it('adds users with a hashed password, one account per email, and lists them', async () => {
    const user = await addUser(store.db, {
      email: 'Ada@Example.org',
      role: 'admin',
      password: 'correct horse',
    })
    expect(user).toMatchObject({ email: 'ada@example.org', name: 'ada', role: 'admin', disabled: false })
    await expect(
      addUser(store.db, { email: 'ada@example.org', role: 'reader', password: 'whatever1' }),
    ).rejects.toThrow('There is already an account for ada@example.org.')
    const stored = await store.pglite!.query<{ password: string }>(`select password from auth_accounts`)
    expect(stored.rows[0]?.password).not.toContain('correct horse')
    expect(stored.rows[0]?.password.length).toBeGreaterThan(40)
    expect((await listUsers(store.db)).map((u) => u.email)).toContain('ada@example.org')
  })

  it('refuses bad input in the user’s words', async () => {
    await expect(
      addUser(store.db, { email: 'nope', role: 'reader', password: 'long enough' }),
    ).rejects.toThrow('"nope" does not look like an email address.')
    await expect(
      addUser(store.db, { email: 'a@b.org', role: 'owner', password: 'long enough' }),
    ).rejects.toThrow('The role must be reader, editor or admin.')
    await expect(
      addUser(store.db, { email: 'a@b.org', role: 'reader', password: 'short' }),
    ).rejects.toBeInstanceOf(UserInputError)
  })

  it('never leaves the store without an active admin', async () => {
    const [ada] = await store.db.select().from(authUsers).where(eq(authUsers.email, 'ada@example.org'))
    await expect(setRole(store.db, ada!.id, 'editor')).rejects.toThrow(/only active admin/)
    await expect(setDisabled(store.db, ada!.id, true)).rejects.toThrow(/only active admin/)
    const bea = await addUser(store.db, {
      email: 'bea@example.org',
      role: 'reader',
      password: 'bea password',
    })
    expect((await setRole(store.db, bea.id, 'admin')).role).toBe('admin')
    expect((await setRole(store.db, bea.id, 'editor')).role).toBe('editor')
  })

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

describe('the same-origin check for writes', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:3999/api/x', { method: 'POST', headers })
  it('accepts only an Origin naming the host the request came to', () => {
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'http://127.0.0.1:3999' }))).toBe(true)
    expect(sameOrigin(request({ host: 'reader.example', origin: 'https://reader.example' }))).toBe(true)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'http://evil.example' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999' }))).toBe(false)
    expect(sameOrigin(request({ host: '127.0.0.1:3999', origin: 'null' }))).toBe(false)
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
