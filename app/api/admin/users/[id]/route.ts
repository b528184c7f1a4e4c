import { route } from '@/lib/commands/route'
import { resetPassword, setDisabled, setRole } from '@/lib/commands/users/commands'
import * as users from '@/lib/commands/users/schema'

/** One change to an account (admins only): its role, disabled or not, or a new password. */
export const PATCH = route(users.changeUser, async ({ db, input, params }) => ({
  user:
    input.role !== undefined
      ? await setRole(db, params.id, input.role)
      : input.disabled !== undefined
        ? await setDisabled(db, params.id, input.disabled)
        : await resetPassword(db, params.id, input.password!),
}))
