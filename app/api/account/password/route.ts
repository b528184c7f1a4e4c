import { z } from 'zod'
import { authFor, requireRole } from '@/lib/auth'
import { bodyOf, json, problem } from '@/lib/auth/respond'
import { checkPassword, UserInputError } from '@/lib/auth/users'
import { requestAddress } from '@/lib/auth/address'
import { limitPasswordChange, tooManyAttempts } from '@/lib/auth/limits'
import { appStore } from '@/lib/store/app-store'

const Change = z.object({ currentPassword: z.string(), newPassword: z.string() })

/**
 * Anyone signed in changes their own password, giving the current one. Their other
 * sessions end; this one goes on.
 */
export async function POST(request: Request) {
  const caller = await requireRole(request, 'reader')
  if (caller instanceof Response) return caller
  const input = Change.safeParse(await bodyOf(request))
  if (!input.success) return problem('Give your current password and the new one.')
  try {
    checkPassword(input.data.newPassword)
  } catch (error) {
    if (error instanceof UserInputError) return problem(error.message)
    throw error
  }
  // Giving the current password is a guess at it, limited as signing in is.
  const refused = await limitPasswordChange((await appStore()).db, {
    account: caller.user.email,
    address: requestAddress(request.headers),
  })
  if (refused) return tooManyAttempts(refused)
  const auth = await authFor(request.headers, request.url)
  try {
    const result = await auth.api.changePassword({
      headers: request.headers,
      body: { ...input.data, revokeOtherSessions: true },
      returnHeaders: true,
    })
    const response = json({ changed: true })
    // A new session replaces this one: pass its cookie on.
    for (const cookie of result.headers.getSetCookie()) response.headers.append('set-cookie', cookie)
    return response
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    if (status === 400 || status === 401) return problem('Your current password is not right.', 400)
    if (status === 429) return problem('Too many attempts. Wait a minute, then try again.', 429)
    throw error
  }
}
