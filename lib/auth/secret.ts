import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { StoreDb } from '../store/db'
import { appSettings } from '../store/auth-tables'

const KEY = 'auth_secret'

/**
 * The secret that signs session cookies. AUTH_SECRET when set; otherwise one generated on
 * the first start and kept in the store, so every instance on that store signs alike and
 * sessions survive a restart. Of two instances starting at once, the first insert wins
 * and both read it back.
 */
export async function authSecret(
  db: StoreDb,
  log: (message: string) => void = console.warn,
): Promise<string> {
  const fromEnv = process.env['AUTH_SECRET']
  if (fromEnv) return fromEnv
  const [kept] = await db.select().from(appSettings).where(eq(appSettings.key, KEY))
  if (kept) return kept.value
  const inserted = await db
    .insert(appSettings)
    .values({ key: KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
    .returning()
  if (inserted.length > 0)
    log(
      'AUTH_SECRET is not set: generated a random auth secret and kept it in the store, where every instance of the app will find it. ' +
        'Set AUTH_SECRET to choose your own.',
    )
  const [now] = await db.select().from(appSettings).where(eq(appSettings.key, KEY))
  if (!now) throw new Error('The auth secret could not be kept in the store.')
  return now.value
}
