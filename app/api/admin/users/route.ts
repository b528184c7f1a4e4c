import { route } from '@/lib/commands/route'
import { addUser } from '@/lib/commands/users/commands'
import * as users from '@/lib/commands/users/schema'
import { listUsers } from '@/lib/store/users'

/** Every account (admins only). */
export const GET = route(users.listUsers, async ({ db }) => ({ users: await listUsers(db) }))

/** Adds an account (admins only): there is no sign-up. */
export const POST = route(users.addUser, async ({ db, input }) => ({ user: await addUser(db, input) }))
