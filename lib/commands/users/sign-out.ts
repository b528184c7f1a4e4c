import { endpoint } from '../endpoint'

/**
 * Signing out: better-auth's own endpoint, called as the forms call any other. Kept apart
 * from the account schemas, and with no body, because its button is in every page's header:
 * it brings no validation library into the pages' first load.
 */
export const signOut = endpoint<{ success: boolean }>()({
  method: 'POST',
  path: '/api/auth/sign-out',
  access: 'anyone',
  input: null,
})

/** Signs out through the typed client: true when the server ended the session. */
export async function signOutNow(): Promise<boolean> {
  const { call } = await import('../client')
  return (await call(signOut, {})).ok
}
