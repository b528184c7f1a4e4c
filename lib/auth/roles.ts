import { ROLES, type Role } from '../store/auth-tables'

export { ROLES, type Role }

/** Each role can do what the ones below it can: a reader reads, an editor also edits, an admin also manages users. */
const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 }

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

export function hasRole(have: Role, need: Role): boolean {
  return RANK[have] >= RANK[need]
}

/** The signed-in person as pages and route handlers see them. */
export interface SessionUser {
  id: string
  email: string
  name: string
  role: Role
}

/** Who made a change, as history records it. */
export const actorOf = (user: Pick<SessionUser, 'email'>) => `user:${user.email}`
