import { asc } from 'drizzle-orm'
import { authUsers, type Role } from './auth-tables'
import type { StoreDb } from './db'

/** Accounts as the admin pages list them (lib/commands/users changes them). */

export interface UserRow {
  id: string
  email: string
  name: string
  role: Role
  disabled: boolean
  createdAt: Date
}

export const toRow = (row: typeof authUsers.$inferSelect): UserRow => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled,
  createdAt: row.createdAt,
})

export async function listUsers(db: StoreDb): Promise<UserRow[]> {
  const rows = await db.select().from(authUsers).orderBy(asc(authUsers.email))
  return rows.map(toRow)
}
