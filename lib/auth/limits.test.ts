import { betterAuth } from 'better-auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../store/db'
import { tempStore } from '../store/testing'
import { requestAddress } from './address'
import { authEndpoint } from './endpoint'
import { GUESS_LIMITS, limitPasswordChange, limitSignIn } from './limits'
import { authOptions } from './options'
import { addUserAs as addUser } from '../commands/testing'

// Password hashing (scrypt) takes its time on a busy machine: these tests get minutes.
let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await tempStore())
  await addUser(store.db, { email: 'owner@example.org', role: 'editor', password: 'owner password' })
}, 120_000)
afterAll(() => done?.())

const ORIGIN = 'http://127.0.0.1:3999'
const instance = () =>
  betterAuth(authOptions({ db: store.db, secret: 'y'.repeat(16) + 'limits-test-secret-long', secure: false }))
/** The app's /api/auth, over this test's store; each call is another app instance. */
const endpoint = () => authEndpoint({ auth: async () => instance(), db: async () => store.db })

/** A request as the app's server hands it on: X-Forwarded-For is the address it decided. */
function request(
  path: string,
  address: string,
  init: { method?: string; body?: unknown; cookie?: string } = {},
) {
  const headers: Record<string, string> = {
    host: new URL(ORIGIN).host,
    origin: ORIGIN,
    'x-forwarded-for': address,
  }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.cookie) headers.cookie = init.cookie
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}
const signIn = (address: string, email: string, password: string) =>
  endpoint()(request('/sign-in/email', address, { body: { email, password } }))
const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

describe('password guesses, counted in the store', { timeout: 180_000 }, () => {
  it('one account from one address: 10 a minute, then 429 even for the right password; the owner elsewhere still signs in', async () => {
    const statuses: number[] = []
    for (let i = 0; i < GUESS_LIMITS.accountAddress.max; i++)
      statuses.push((await signIn('198.51.100.7', 'owner@example.org', `guess ${i}`)).status)
    expect(statuses).toEqual(Array(GUESS_LIMITS.accountAddress.max).fill(401))
    const held = await signIn('198.51.100.7', 'Owner@Example.org ', 'owner password')
    expect(held.status).toBe(429)
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await held.json()).error).toMatch(
      /^Too many sign-in attempts\. Wait \d+ seconds, then try again\.$/,
    )
    // Another address, another instance of the app on the same store: the owner gets in.
    expect((await signIn('203.0.113.5', 'owner@example.org', 'owner password')).status).toBe(200)
  })

  it('many accounts from one address (spraying) are held by the count per address', async () => {
    // Counted directly (each sign-in through better-auth hashes a password: slow here).
    const refusals = []
    for (let i = 0; i < GUESS_LIMITS.address.max; i++)
      refusals.push(await limitSignIn(store.db, { account: `user${i}@example.org`, address: '192.0.2.44' }))
    expect(refusals).toEqual(Array(GUESS_LIMITS.address.max).fill(null))
    expect((await signIn('192.0.2.44', 'another@example.org', 'Summer2024!')).status).toBe(429)
    // The right password of a real account from that address waits too…
    expect((await signIn('192.0.2.44', 'owner@example.org', 'owner password')).status).toBe(429)
    // …and took nothing from that account's own counts: its owner signs in elsewhere.
    expect((await signIn('203.0.113.6', 'owner@example.org', 'owner password')).status).toBe(200)
  })

  it('one account from many addresses: 100 an hour, then every address waits, for minutes', async () => {
    const t0 = 5_000_000_000
    const who = (i: number) => ({
      account: 'hourly@example.org',
      address: `10.9.${Math.floor(i / 10)}.${i % 10}`,
    })
    for (let i = 0; i < GUESS_LIMITS.account.max; i++)
      expect(await limitSignIn(store.db, who(i), t0 + i * 500)).toBeNull()
    const refused = await limitSignIn(
      store.db,
      { account: 'hourly@example.org', address: '10.99.0.1' },
      t0 + 60_000,
    )
    expect(refused).toEqual({
      status: 429,
      retryAfter: 3540,
      message: 'Too many sign-in attempts. Wait 59 minutes, then try again.',
    })
    // An hour after the first guess, the count starts again.
    expect(
      await limitSignIn(store.db, { account: 'hourly@example.org', address: '10.99.0.1' }, t0 + 3_600_001),
    ).toBeNull()
  })

  it('a password change is a guess at the same password: it shares the counts of signing in', async () => {
    const t0 = 6_000_000_000
    const who = { account: 'changer@example.org', address: '10.8.0.1' }
    for (let i = 0; i < 6; i++) expect(await limitSignIn(store.db, who, t0 + i)).toBeNull()
    for (let i = 0; i < 4; i++) expect(await limitPasswordChange(store.db, who, t0 + 10 + i)).toBeNull()
    const refused = await limitPasswordChange(store.db, who, t0 + 20)
    expect(refused?.message).toMatch(/^Too many password attempts\. Wait 60 seconds, then try again\.$/)
  })
})

describe('the /api/auth endpoint', { timeout: 120_000 }, () => {
  it('offers sign-in, sign-out and the session only; the rest answer 404, listing sessions too', async () => {
    for (const [method, path] of [
      ['GET', '/list-sessions'],
      ['POST', '/revoke-session'],
      ['POST', '/revoke-sessions'],
      ['POST', '/change-password'],
      ['POST', '/update-user'],
      ['POST', '/delete-user'],
      ['POST', '/sign-up/email'],
      ['GET', '/sign-in/email'],
    ] as const) {
      const response = await endpoint()(
        request(path, '10.7.0.1', { method, body: method === 'POST' ? {} : undefined }),
      )
      expect(response.status, `${method} ${path}`).toBe(404)
    }
  })

  it('never hands a session token to a script: not on sign-in, not with the session', async () => {
    const signedIn = await signIn('10.7.0.2', 'owner@example.org', 'owner password')
    expect(signedIn.status).toBe(200)
    const cookie = cookieOf(signedIn)
    expect(cookie).toContain('session_token=')
    const token = decodeURIComponent(cookie.split('session_token=')[1]!.split(';')[0]!).split('.')[0]!
    const signInBody = await signedIn.text()
    expect(JSON.parse(signInBody).user.email).toBe('owner@example.org')
    expect(signInBody).not.toContain(token)
    expect(signInBody).not.toMatch(/"token"/i)

    const session = await endpoint()(request('/get-session', '10.7.0.2', { cookie }))
    const text = await session.text()
    expect(JSON.parse(text).user.email).toBe('owner@example.org')
    expect(JSON.parse(text).session.id).toBeTruthy()
    expect(text).not.toContain(token)
    expect(text).not.toMatch(/token/i)
    expect(session.headers.get('content-length')).toBeNull()

    const listed = await endpoint()(request('/list-sessions', '10.7.0.2', { cookie }))
    expect(listed.status).toBe(404)
    expect(await listed.text()).not.toContain(token)
  })
})

describe('the address limits count', () => {
  const of = (xff?: string) =>
    requestAddress(new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff }))
  it('is the one the app’s server wrote; an IPv6 address counts by its /64', () => {
    expect(of('203.0.113.9')).toBe('203.0.113.9')
    expect(of('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(of('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(of('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(of('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(of('::1')).toBe('0:0:0:0::/64')
    expect(of()).toBe('unknown')
    expect(of('not an address')).toBe('unknown')
  })
})
