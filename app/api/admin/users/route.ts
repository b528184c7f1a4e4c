import { z } from 'zod'
import { requireRole } from '@/lib/auth'
import { answer, bodyOf, json, problem } from '@/lib/auth/respond'
import { addUser, listUsers } from '@/lib/auth/users'
import { appStore } from '@/lib/store/app-store'

const NewUser = z.object({
  email: z.string(),
  name: z.string().optional(),
  role: z.string(),
  password: z.string(),
})

/** Every account (admins only). */
export async function GET(request: Request) {
  const caller = await requireRole(request, 'admin')
  if (caller instanceof Response) return caller
  return json({ users: await listUsers((await appStore()).db) })
}

/** Adds an account (admins only): there is no sign-up. */
export async function POST(request: Request) {
  const caller = await requireRole(request, 'admin')
  if (caller instanceof Response) return caller
  const input = NewUser.safeParse(await bodyOf(request))
  if (!input.success) return problem('Give an email, a role and a password for the new account.')
  return answer(async () => ({ user: await addUser((await appStore()).db, input.data) }))
}
