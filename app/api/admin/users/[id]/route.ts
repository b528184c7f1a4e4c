import { z } from 'zod'
import { requireRole } from '@/lib/auth'
import { answer, bodyOf, problem } from '@/lib/auth/respond'
import { resetPassword, setDisabled, setRole } from '@/lib/auth/users'
import { appStore } from '@/lib/store/app-store'

const Change = z.union([
  z.object({ role: z.string() }).strict(),
  z.object({ disabled: z.boolean() }).strict(),
  z.object({ password: z.string() }).strict(),
])

/** One change to an account (admins only): its role, disabled or not, or a new password. */
export async function PATCH(request: Request, { params }: RouteContext<'/api/admin/users/[id]'>) {
  const caller = await requireRole(request, 'admin')
  if (caller instanceof Response) return caller
  const { id } = await params
  const change = Change.safeParse(await bodyOf(request))
  if (!change.success)
    return problem('Change one thing at a time: the role, disabled or enabled, or the password.')
  const { db } = await appStore()
  const body = change.data
  return answer(async () => ({
    user:
      'role' in body
        ? await setRole(db, id, body.role)
        : 'disabled' in body
          ? await setDisabled(db, id, body.disabled)
          : await resetPassword(db, id, body.password),
  }))
}
