import { and, like, lt } from 'drizzle-orm'
import { authRateLimits } from '../store/auth-tables'
import type { StoreDb } from '../store/db'
import { consumeAttempt } from './attempts'

/**
 * Guesses at passwords: at sign-in, and at the current password when changing it. Three
 * counts, kept in the store so that instances sharing it count together:
 * - per address, any account: one address trying many accounts (spraying) is held;
 * - per account and address: one place guessing one account is held, and only that place,
 *   so an attacker elsewhere cannot lock the owner out;
 * - per account, from anywhere: many addresses guessing one account are held at last.
 * The address is the one the app's server decided (see address.ts), never a client's header.
 * Counts are checked in that order, and one refused stops the rest: a place held by its
 * own count takes nothing from the account's.
 */
export const GUESS_LIMITS = {
  address: { window: 60, max: 30 },
  accountAddress: { window: 60, max: 10 },
  account: { window: 60 * 60, max: 100 },
} as const

export interface TooManyAttempts {
  status: 429
  /** Seconds until a try is counted again. */
  retryAfter: number
  message: string
}

const KEY = 'guess:'
const STALE_AFTER_MS = Math.max(...Object.values(GUESS_LIMITS).map((rule) => rule.window)) * 1000
let lastSweep = 0

/** Counts one guess at `account`'s password from `address`; a refusal, or null to go on. */
export async function limitPasswordGuess(
  db: StoreDb,
  { account, address, doing }: { account: string; address: string; doing: string },
  now = Date.now(),
): Promise<TooManyAttempts | null> {
  const email = account.trim().toLowerCase()
  const counts = [
    [`${KEY}address:${address}`, GUESS_LIMITS.address],
    [`${KEY}account-address:${email}|${address}`, GUESS_LIMITS.accountAddress],
    [`${KEY}account:${email}`, GUESS_LIMITS.account],
  ] as const
  await sweep(db, now)
  for (const [key, rule] of counts) {
    const { allowed, retryAfter } = await consumeAttempt(db, key, rule, now)
    if (!allowed)
      return {
        status: 429,
        retryAfter,
        message: `Too many ${doing} attempts. Wait ${waitText(retryAfter)}, then try again.`,
      }
  }
  return null
}

/** Signing in to `account` from `address`. */
export const limitSignIn = (db: StoreDb, who: { account: string; address: string }, now?: number) =>
  limitPasswordGuess(db, { ...who, doing: 'sign-in' }, now)

/** Changing `account`'s password, which takes its current one: a guess like a sign-in's. */
export const limitPasswordChange = (db: StoreDb, who: { account: string; address: string }, now?: number) =>
  limitPasswordGuess(db, { ...who, doing: 'password' }, now)

/** The answer to a refused guess: 429, its message, and when to try again. */
export function tooManyAttempts(refusal: TooManyAttempts): Response {
  const wait = String(refusal.retryAfter)
  return Response.json(
    { error: refusal.message, code: 'TOO_MANY_ATTEMPTS' },
    { status: 429, headers: { 'cache-control': 'no-store', 'retry-after': wait, 'x-retry-after': wait } },
  )
}

function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`
  return `${Math.ceil(seconds / 60)} minutes`
}

/** Counts whose every window has passed are dropped, at most once a minute per process. */
async function sweep(db: StoreDb, now: number): Promise<void> {
  if (now - lastSweep < 60_000 && now >= lastSweep) return
  lastSweep = now
  await db
    .delete(authRateLimits)
    .where(and(like(authRateLimits.key, `${KEY}%`), lt(authRateLimits.lastRequest, now - STALE_AFTER_MS)))
}
