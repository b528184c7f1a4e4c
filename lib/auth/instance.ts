import { betterAuth } from 'better-auth'
import { appStore } from '../store/app-store'
import { reachedOverHttps } from '../web/security-headers'
import { authOptions } from './options'
import { authSecret } from './secret'

type Auth = ReturnType<typeof betterAuth>
type Pair = { http: Auth; https: Auth }

const KEY = Symbol.for('perspective-reader.auth')
const holder = globalThis as { [KEY]?: Promise<Pair> }

/** The process's two better-auth instances (plain and Secure cookies), over the app's store. */
function instances(): Promise<Pair> {
  holder[KEY] ??= appStore().then(async (store) => {
    const secret = await authSecret(store.db)
    return {
      http: betterAuth(authOptions({ db: store.db, secret, secure: false })),
      https: betterAuth(authOptions({ db: store.db, secret, secure: true })),
    }
  })
  holder[KEY].catch(() => delete holder[KEY])
  return holder[KEY]
}

/** The instance whose cookies suit this request. */
export async function authFor(headers: Headers, url?: string): Promise<Auth> {
  const pair = await instances()
  return reachedOverHttps(headers, url ?? '') ? pair.https : pair.http
}
