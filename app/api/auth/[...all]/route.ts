import { authFor, sameOrigin } from '@/lib/auth'
import { consumeAttempt } from '@/lib/auth/attempts'
import { SIGN_IN_LIMIT } from '@/lib/auth/options'
import { appStore } from '@/lib/store/app-store'

const refuse = (message: string, status: number, headers: Record<string, string> = {}) =>
  Response.json({ error: message }, { status, headers })

/** Attempts to sign in to one account, from anywhere, are limited as from one address. */
async function accountLimit(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith('/sign-in/email')) return null
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null
  if (typeof body?.email !== 'string') return null
  const email = body.email.trim().toLowerCase()
  const { allowed, retryAfter } = await consumeAttempt(
    (await appStore()).db,
    `account:${email}`,
    SIGN_IN_LIMIT,
  )
  return allowed
    ? null
    : refuse('Too many sign-in attempts for this account.', 429, { 'X-Retry-After': String(retryAfter) })
}

/**
 * better-auth's own endpoints: sign-in, sign-out, session, change password (sign-up is
 * off). A POST must come from our own pages: better-auth checks the Origin only when a
 * cookie is present, which would let another site sign a visitor in to its account.
 */
async function handle(request: Request): Promise<Response> {
  if (request.method !== 'GET') {
    if (!sameOrigin(request)) return refuse('This request did not come from this site’s own pages.', 403)
    const limited = await accountLimit(request)
    if (limited) return limited
  }
  const auth = await authFor(request.headers, request.url)
  return auth.handler(request)
}

export { handle as GET, handle as POST }
