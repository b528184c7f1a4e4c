import { authFor } from '@/lib/auth'
import { requestAddress } from '@/lib/auth/address'
import { limitPasswordChange } from '@/lib/auth/limits'
import { CommandError } from '@/lib/commands/errors'
import { route } from '@/lib/commands/route'
import * as users from '@/lib/commands/users/schema'

/**
 * Anyone signed in changes their own password, giving the current one. Their other
 * sessions end; this one goes on, with the new session's cookie passed on.
 */
export const POST = route(users.changeOwnPassword, async ({ db, caller, input, request, setCookies }) => {
  // Giving the current password is a guess at it, limited as signing in is.
  const refused = await limitPasswordChange(db, {
    account: caller.user.email,
    address: requestAddress(request.headers),
  })
  if (refused) throw new CommandError('too_many', refused.message, { retryAfter: refused.retryAfter })
  const auth = await authFor(request.headers, request.url)
  const result = await auth.api
    .changePassword({
      headers: request.headers,
      body: { ...input, revokeOtherSessions: true },
      returnHeaders: true,
    })
    .catch((error: unknown) => {
      const status = (error as { statusCode?: number }).statusCode
      if (status === 400 || status === 401)
        throw new CommandError('invalid', 'Your current password is not right.', { field: 'currentPassword' })
      if (status === 429)
        throw new CommandError('too_many', 'Too many attempts. Wait a minute, then try again.')
      throw error
    })
  setCookies(result.headers.getSetCookie())
  return { changed: true }
})
