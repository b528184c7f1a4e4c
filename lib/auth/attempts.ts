import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { authRateLimits } from '../store/auth-tables'
import type { StoreDb } from '../store/db'

/**
 * One count of attempts under `key` (an address, an account, or both: limits.ts), in the
 * store: one atomic upsert per attempt, so instances sharing the store count together.
 * A window starts with its first attempt; `max` attempts are allowed in it.
 */
export async function consumeAttempt(
  db: StoreDb,
  key: string,
  rule: { window: number; max: number },
  now = Date.now(),
): Promise<{ allowed: boolean; retryAfter: number }> {
  const windowStart = now - rule.window * 1000
  const stale = sql`${authRateLimits.lastRequest} <= ${windowStart}`
  const [row] = await db
    .insert(authRateLimits)
    .values({ id: randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: authRateLimits.key,
      set: {
        count: sql`case when ${stale} then 1 else ${authRateLimits.count} + 1 end`,
        lastRequest: sql`case when ${stale} then ${now} else ${authRateLimits.lastRequest} end`,
      },
    })
    .returning({ count: authRateLimits.count, lastRequest: authRateLimits.lastRequest })
  const count = row?.count ?? 1
  const started = Number(row?.lastRequest ?? now)
  return {
    allowed: count <= rule.max,
    retryAfter: Math.max(1, Math.ceil((started + rule.window * 1000 - now) / 1000)),
  }
}
