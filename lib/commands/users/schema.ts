import { z } from 'zod'
import { ROLES } from '../../store/roles'
import { name, text } from '../../story/fields'
import { endpoint } from '../endpoint'

/** Accounts (admins), and each person's own password. Nobody signs up. */

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

import type { UserRow } from '../../store/users'

export type { UserRow }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const email = z.string({ error: 'Give an email address.' }).transform((value, ctx) => {
  const address = value.trim().toLowerCase()
  if (EMAIL.test(address) && address.length <= 320) return address
  ctx.issues.push({
    code: 'custom',
    message: `"${value}" does not look like an email address.`,
    input: value,
  })
  return z.NEVER
})

export const password = z
  .string({ error: 'Give a password.' })
  .min(PASSWORD_MIN, `The password is too short: use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `The password is too long: use at most ${PASSWORD_MAX} characters.`)

export const role = z.enum(ROLES, { error: 'The role must be reader, editor or admin.' })
export type RoleName = (typeof ROLES)[number]

/** Every account. */
export const listUsers = endpoint<{ users: UserRow[] }>()({
  method: 'GET',
  path: '/api/admin/users',
  access: 'admin',
  input: null,
})

/** Adds an account: there is no sign-up. */
export const addUser = endpoint<{ user: UserRow }>()({
  method: 'POST',
  path: '/api/admin/users',
  access: 'admin',
  input: z.strictObject({
    email,
    name: name('The name', 200, { orEmpty: true }).optional(),
    role,
    password,
  }),
})

/** One change to an account at a time: its role, disabled or not, or a new password. */
export const changeUser = endpoint<{ user: UserRow }>()({
  method: 'PATCH',
  path: '/api/admin/users/[id]',
  access: 'admin',
  input: z
    .strictObject({ role: role.optional(), disabled: z.boolean().optional(), password: password.optional() })
    .refine(
      (change) => Object.values(change).filter((v) => v !== undefined).length === 1,
      'Change one thing at a time: the role, disabled or enabled, or the password.',
    ),
})

/** Anyone signed in changes their own password, giving the current one. */
export const changeOwnPassword = endpoint<{ changed: boolean }>()({
  method: 'POST',
  path: '/api/account/password',
  access: 'reader',
  input: z.strictObject({
    currentPassword: text('Your current password', PASSWORD_MAX).refine(
      (p) => p !== '',
      'Give your current password.',
    ),
    newPassword: password,
  }),
})

/** Signing in and out: better-auth's own endpoints, called as the forms call any other. */
export const signIn = endpoint<{ user: unknown }>()({
  method: 'POST',
  path: '/api/auth/sign-in/email',
  access: 'anyone',
  input: z.strictObject({
    email: z.string().min(1, 'Give your email.'),
    password: z.string().min(1, 'Give your password.'),
    rememberMe: z.boolean(),
  }),
})
