import type { betterAuth } from 'better-auth'
import { appStore } from '../store/app-store'
import type { StoreDb } from '../store/db'
import { requestAddress } from './address'
import { authFor } from './instance'
import { limitSignIn, tooManyAttempts } from './limits'
import { sameOrigin } from './session'

type Auth = ReturnType<typeof betterAuth>

/**
 * better-auth's endpoints as the app offers them (under /api/auth): only the three its
 * pages use. The rest (list and revoke sessions, update or delete a user, change a
 * password or an email: the app has its own pages and rules for those) answer 404, so
 * none is a way around them. No answer carries a session token: the session cookie is
 * HttpOnly so that no script can read it, and a token in a JSON body would undo that.
 */
const OFFERED: Record<string, readonly string[]> = {
  GET: ['/get-session'],
  POST: ['/sign-in/email', '/sign-out'],
}

const answer = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

export function authEndpoint({
  auth,
  db,
}: {
  auth: (request: Request) => Promise<Auth>
  db: () => Promise<StoreDb>
}): (request: Request) => Promise<Response> {
  return async (request) => {
    const path = new URL(request.url).pathname.replace(/^\/api\/auth(?=\/)/, '').replace(/\/+$/, '')
    // HEAD is answered as GET is, without its body.
    const method = request.method === 'HEAD' ? 'GET' : request.method
    if (!OFFERED[method]?.includes(path)) return answer({ error: 'There is no such sign-in address.' }, 404)
    // A POST must come from our own pages: better-auth checks the Origin only when a cookie
    // is present, which would let another site sign a visitor in to its account.
    if (method !== 'GET' && !sameOrigin(request))
      return answer({ error: 'This request did not come from this site’s own pages.' }, 403)
    if (path === '/sign-in/email') {
      const body = (await request
        .clone()
        .json()
        .catch(() => null)) as { email?: unknown } | null
      const account = typeof body?.email === 'string' ? body.email : ''
      const refused = await limitSignIn(await db(), { account, address: requestAddress(request.headers) })
      if (refused) return tooManyAttempts(refused)
    }
    return withoutTokens(await (await auth(request)).handler(request))
  }
}

/** The same answer, with every `token` field (a session's, at any depth) left out. */
async function withoutTokens(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, response)
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(stripTokens(body)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

function stripTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTokens)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !/token$/i.test(key))
      .map(([key, inner]) => [key, stripTokens(inner)]),
  )
}

/** The app's /api/auth route: better-auth over the app's store. */
export const handleAuth = authEndpoint({
  auth: (request) => authFor(request.headers, request.url),
  db: async () => (await appStore()).db,
})
