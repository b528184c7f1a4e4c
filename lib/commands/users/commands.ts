import '../server-only'
import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import { and, asc, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { Role } from '../../auth/roles'
import { authAccounts, authSessions, authUsers } from '../../store/auth-tables'
import type { StoreDb } from '../../store/db'
import { toRow, type UserRow } from '../../store/users'
import { CommandError, invalid, notFound } from '../errors'
import { inTransaction } from '../transaction'
import type { addUser as addUserEndpoint } from './schema'

/**
 * Accounts, as admins and `npm run users:add` manage them. Nobody signs up: every
 * account starts here. The values come checked by the schema (lib/commands/users/schema);
 * each change is one transaction.
 */

export type NewUser = z.output<(typeof addUserEndpoint)['input']>

/** The account's password, as better-auth keeps it: a credential row holding its hash. */
const addCredential = (tx: StoreDb, userId: string, hash: string) =>
  tx
    .insert(authAccounts)
    .values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hash })

export async function addUser(db: StoreDb, input: NewUser): Promise<UserRow> {
  const { email } = input
  const name = input.name || email.slice(0, email.indexOf('@'))
  const hash = await hashPassword(input.password)
  return inTransaction(db, async (tx) => {
    const [taken] = await tx.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, email))
    if (taken)
      throw new CommandError('conflict', `There is already an account for ${email}.`, { field: 'email' })
    const id = randomUUID()
    const [row] = await tx
      .insert(authUsers)
      .values({ id, email, name, role: input.role, emailVerified: true })
      .returning()
    await addCredential(tx, id, hash)
    return toRow(row!)
  })
}

async function existing(tx: StoreDb, id: string) {
  const [row] = await tx.select().from(authUsers).where(eq(authUsers.id, id)).for('update')
  if (!row) throw notFound('There is no such account (it may have been removed).')
  return row
}

/**
 * The active admins' rows, held until the transaction ends. A change of role or of
 * "disabled" takes them first, in one order, then the account itself: of two admins taking
 * each other out at the same moment, on two instances, the second waits for the first, then
 * sees it done and is refused, so an admin always remains.
 */
async function lockAdmins(tx: StoreDb): Promise<string[]> {
  const rows = await tx
    .select({ id: authUsers.id })
    .from(authUsers)
    .where(and(eq(authUsers.role, 'admin'), eq(authUsers.disabled, false)))
    .orderBy(asc(authUsers.id))
    .for('update')
  return rows.map((row) => row.id)
}

/** Refuses a change that would leave no admin able to manage users. */
function keepAnAdmin(admins: string[], id: string): void {
  if (admins.every((admin) => admin === id))
    throw invalid(
      'role',
      'This is the only active admin: make another admin first, so someone can still manage users.',
    )
}

export async function setRole(db: StoreDb, id: string, role: Role): Promise<UserRow> {
  return inTransaction(db, async (tx) => {
    const admins = await lockAdmins(tx)
    const row = await existing(tx, id)
    if (row.role === 'admin' && role !== 'admin' && !row.disabled) keepAnAdmin(admins, id)
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
  return inTransaction(db, async (tx) => {
    const admins = await lockAdmins(tx)
    const row = await existing(tx, id)
    if (disabled && row.role === 'admin' && !row.disabled) keepAnAdmin(admins, id)
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
  const hash = await hashPassword(password)
  return inTransaction(db, async (tx) => {
    const row = await existing(tx, id)
    const changed = await tx
      .update(authAccounts)
      .set({ password: hash, updatedAt: new Date() })
      .where(and(eq(authAccounts.userId, id), eq(authAccounts.providerId, 'credential')))
      .returning({ id: authAccounts.id })
    if (changed.length === 0) await addCredential(tx, id, hash)
    await tx.delete(authSessions).where(eq(authSessions.userId, id))
    return toRow(row)
  })
}
