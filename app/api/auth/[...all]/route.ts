import { authFor } from '@/lib/auth'
import { consumeAttempt } from '@/lib/auth/attempts'
import { SIGN_IN_LIMIT } from '@/lib/auth/options'
import { endpoint } from '@/lib/commands/endpoint'
import { CommandError } from '@/lib/commands/errors'
import { passThrough } from '@/lib/commands/route'
import { appStore } from '@/lib/store/app-store'

/** Attempts to sign in to one account, from anywhere, are limited as from one address. */
async function accountLimit(request: Request): Promise<void> {
  if (!new URL(request.url).pathname.endsWith('/sign-in/email')) return
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null
  if (typeof body?.email !== 'string') return
  const email = body.email.trim().toLowerCase()
  const { allowed, retryAfter } = await consumeAttempt(
    (await appStore()).db,
    `account:${email}`,
    SIGN_IN_LIMIT,
  )
  if (!allowed)
    throw new CommandError('too_many', 'Too many sign-in attempts for this account.', { retryAfter })
}

/**
 * better-auth's own endpoints: sign-in, sign-out, session, change password (sign-up is
 * off), behind the same wrapper as every route: a POST must come from our own pages
 * (better-auth checks the Origin only when a cookie is present, which would let another
 * site sign a visitor in to its account), and its body is read within the limit.
 */
const auth = endpoint<unknown>()({
  method: 'POST',
  path: '/api/auth/[...all]',
  access: 'anyone',
  input: null,
})

const handle = passThrough(auth, async (request) => {
  if (request.method !== 'GET') await accountLimit(request)
  return (await authFor(request.headers, request.url)).handler(request)
})

export { handle as GET, handle as POST }
