import { sql } from 'drizzle-orm'
import { bigint, boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Accounts and sessions, kept in the same store as the stories, in the shape better-auth's
 * drizzle adapter expects (its models user, session, account, verification, rateLimit;
 * the property names are its field names). Our additions: a user's `role` and `disabled`.
 * The sign-in rate limit lives here too, so it holds across every instance of the app.
 */

export { ROLES, type Role } from './roles'
import type { Role } from './roles'

const when = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow()

export const authUsers = pgTable(
  'auth_users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    role: text('role').$type<Role>().notNull().default('reader'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: when('created_at'),
    updatedAt: when('updated_at'),
  },
  (t) => [check('auth_users_role', sql`${t.role} in ('reader', 'editor', 'admin')`)],
)

const userRef = () =>
  text('user_id')
    .notNull()
    .references(() => authUsers.id, { onDelete: 'cascade' })

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: userRef(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: when('created_at'),
    updatedAt: when('updated_at'),
  },
  (t) => [index('auth_sessions_user_id').on(t.userId)],
)

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: userRef(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    /** The library's hash of the password; never the password itself. */
    password: text('password'),
    createdAt: when('created_at'),
    updatedAt: when('updated_at'),
  },
  (t) => [index('auth_accounts_user_id').on(t.userId)],
)

export const authVerifications = pgTable(
  'auth_verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: when('created_at'),
    updatedAt: when('updated_at'),
  },
  (t) => [index('auth_verifications_identifier').on(t.identifier)],
)

export const authRateLimits = pgTable('auth_rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
})

/** Values the app makes once and every instance shares (the generated auth secret). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: when('created_at'),
})

/** The tables under the model names better-auth's drizzle adapter looks up. */
export const authSchema = {
  user: authUsers,
  session: authSessions,
  account: authAccounts,
  verification: authVerifications,
  rateLimit: authRateLimits,
}
