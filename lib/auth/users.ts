import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { and, asc, eq, ne } from 'drizzle-orm'
import { authAccounts, authSessions, authUsers } from '../store/auth-tables'
import type { StoreDb } from '../store/db'
import { isRole, type Role } from './roles'

/**
 * Accounts, as admins and `npm run users:add` manage them. Nobody signs up: every
 * account starts here. Each change is one transaction; messages are the user's words.
 */

export class UserInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserInputError'
  }
}

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

export interface UserRow {
  id: string
  email: string
  name: string
  role: Role
  disabled: boolean
  createdAt: Date
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN)
    throw new UserInputError(`The password is too short: use at least ${PASSWORD_MIN} characters.`)
  if (password.length > PASSWORD_MAX)
    throw new UserInputError(`The password is too long: use at most ${PASSWORD_MAX} characters.`)
}

export async function addUser(
  db: StoreDb,
  input: { email: string; name?: string; role: string; password: string },
): Promise<UserRow> {
  const email = input.email.trim().toLowerCase()
  if (!EMAIL.test(email)) throw new UserInputError(`"${input.email}" does not look like an email address.`)
  if (!isRole(input.role)) throw new UserInputError('The role must be reader, editor or admin.')
  checkPassword(input.password)
  const name = input.name?.trim() || email.slice(0, email.indexOf('@'))
  const hash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, email))
    if (taken) throw new UserInputError(`There is already an account for ${email}.`)
    const id = randomUUID()
    const [row] = await tx
      .insert(authUsers)
      .values({ id, email, name, role: input.role as Role, emailVerified: true })
      .returning()
    await tx.insert(authAccounts).values({
      id: randomUUID(),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: hash,
    })
    return toRow(row!)
  })
}

const toRow = (row: typeof authUsers.$inferSelect): UserRow => ({
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

type Tx = Parameters<Parameters<StoreDb['transaction']>[0]>[0]

async function existing(tx: Tx, id: string) {
  const [row] = await tx.select().from(authUsers).where(eq(authUsers.id, id)).for('update')
  if (!row) throw new UserInputError('There is no such account (it may have been removed).')
  return row
}

/** Refuses a change that would leave no admin able to manage users. */
async function keepAnAdmin(tx: Tx, id: string): Promise<void> {
  const others = await tx
    .select({ id: authUsers.id })
    .from(authUsers)
    .where(and(eq(authUsers.role, 'admin'), eq(authUsers.disabled, false), ne(authUsers.id, id)))
  if (others.length === 0)
    throw new UserInputError(
      'This is the only active admin: make another admin first, so someone can still manage users.',
    )
}

export async function setRole(db: StoreDb, id: string, role: string): Promise<UserRow> {
  if (!isRole(role)) throw new UserInputError('The role must be reader, editor or admin.')
  return db.transaction(async (tx) => {
    const row = await existing(tx, id)
    if (row.role === 'admin' && role !== 'admin' && !row.disabled) await keepAnAdmin(tx, id)
    const [updated] = await tx
      .update(authUsers)
      .set({ role, updatedAt: new Date() })
      .where(eq(authUsers.id, id))
      .returning()
    return toRow(updated!)
  })
}

/** Disabling ends every session of that account in the same transaction. */
export async function setDisabled(db: StoreDb, id: string, disabled: boolean): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const row = await existing(tx, id)
    if (disabled && row.role === 'admin' && !row.disabled) await keepAnAdmin(tx, id)
    const [updated] = await tx
      .update(authUsers)
      .set({ disabled, updatedAt: new Date() })
      .where(eq(authUsers.id, id))
      .returning()
    if (disabled) await tx.delete(authSessions).where(eq(authSessions.userId, id))
    return toRow(updated!)
  })
}

/** A new password set by an admin; the account's sessions end, so the old password's holder is out. */
export async function resetPassword(db: StoreDb, id: string, password: string): Promise<UserRow> {
  checkPassword(password)
  const hash = await hashPassword(password)
  return db.transaction(async (tx) => {
    const row = await existing(tx, id)
    const changed = await tx
      .update(authAccounts)
      .set({ password: hash, updatedAt: new Date() })
      .where(and(eq(authAccounts.userId, id), eq(authAccounts.providerId, 'credential')))
      .returning({ id: authAccounts.id })
    if (changed.length === 0)
      await tx.insert(authAccounts).values({
        id: randomUUID(),
        accountId: id,
        providerId: 'credential',
        userId: id,
        password: hash,
      })
    await tx.delete(authSessions).where(eq(authSessions.userId, id))
    return toRow(row)
  })
}
