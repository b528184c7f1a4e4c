import type { BetterAuthOptions } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { APIError } from 'better-auth/api'
import { eq } from 'drizzle-orm'
import { authSchema, authUsers } from '../store/auth-tables'
import type { StoreDb } from '../store/db'
import { reachedOverHttps } from '../web/security-headers'

export const ACCOUNT_DISABLED = 'ACCOUNT_DISABLED'

/**
 * The origin a browser on our own pages sends: the host it asked for (as a proxy in front
 * reports it, or the Host header), with the scheme it used.
 */
export function requestOrigin(request: Request): string | null {
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  if (!host) return null
  return `${reachedOverHttps(request.headers, request.url) ? 'https' : 'http'}://${host}`
}

/**
 * better-auth's settings for this app. No base URL: each request's own origin is trusted
 * for the Origin check (the one its Host names), so the app works on any host and port. `secure`
 * picks the cookie flavour: the app makes one instance for https requests (Secure
 * cookies) and one for plain http (a local run), over the same store and secret.
 */
export function authOptions({
  db,
  secret,
  secure,
}: {
  db: StoreDb
  secret: string
  secure: boolean
}): BetterAuthOptions {
  return {
    appName: 'Perspective reader',
    secret,
    trustedOrigins: async (request) => {
      const origin = request ? requestOrigin(request) : null
      return origin ? [origin] : []
    },
    logger: {
      // The base URL is left unset on purpose (see above); the rest is worth hearing.
      log: (level, message, ...args) => {
        if (/Base URL is not set/.test(message)) return
        console[
          level === 'debug' ? 'debug' : level === 'info' ? 'info' : level === 'warn' ? 'warn' : 'error'
        ](`[auth] ${message}`, ...args)
      },
    },
    database: drizzleAdapter(db as never, { provider: 'pg', schema: authSchema }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'reader', input: false },
        disabled: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    // Every request reads the session from the store, so disabling someone ends it at once.
    session: { cookieCache: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      // Password guesses have limits of their own, per address and per account (limits.ts),
      // counted before a request reaches better-auth: its per-address rule would only add
      // a second, stricter count (3 in 10 s) to sign-in.
      customRules: { '/sign-in/*': false },
    },
    advanced: {
      // The address (kept with each session, and for the general request limit) is the one
      // the app's server wrote into X-Forwarded-For (server.mjs), never a client's own.
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account may know its password, but gets no session.
          async before(session) {
            const [user] = await db
              .select({ disabled: authUsers.disabled })
              .from(authUsers)
              .where(eq(authUsers.id, session.userId))
            if (!user || user.disabled)
              throw new APIError('FORBIDDEN', { code: ACCOUNT_DISABLED, message: ACCOUNT_DISABLED })
          },
        },
      },
    },
    telemetry: { enabled: false },
  }
}
