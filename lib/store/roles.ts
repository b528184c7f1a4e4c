/**
 * The roles an account may have, lowest first. Free of drizzle, so a form's schema in the
 * browser can name them too (auth-tables.ts keeps them in the users table).
 */
export const ROLES = ['reader', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]
