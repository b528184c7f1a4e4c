import { headers as requestHeaders } from 'next/headers'
import { cache } from 'react'
import { forbidden, redirect } from 'next/navigation'
import { authFor } from './instance'
import { sameOrigin } from '../web/origin'
import { signInPath } from './next-path'
import { hasRole, isRole, type Role, type SessionUser } from './roles'

/** The one same-origin rule (scheme, host and port): lib/web/origin. */
export { sameOrigin }

/**
 * Who is asking, read from the store on every call: the session cookie is only a key,
 * and a disabled account or an ended session counts as nobody.
 */
export async function sessionUser(headers: Headers, url?: string): Promise<SessionUser | null> {
  const auth = await authFor(headers, url)
  const found = await auth.api.getSession({ headers, query: { disableCookieCache: true } }).catch(() => null)
  if (!found) return null
  const user = found.user as typeof found.user & { role?: unknown; disabled?: unknown }
  if (user.disabled === true || !isRole(user.role)) return null
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}

/**
 * The signed-in user for a server component, or null when signed out. Read once per
 * request: the layout, the page and its metadata all ask.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => sessionUser(await requestHeaders()))

const refuse = (status: 401 | 403, message: string) =>
  Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } })

/** Whether reading needs a session: READ_ACCESS=signed-in, read when the server runs. */
export function readNeedsSession(): boolean {
  return process.env['READ_ACCESS'] === 'signed-in'
}

/**
 * For pages: with READ_ACCESS=signed-in, anyone not signed in goes to the sign-in page,
 * and comes back to `from` after. Returns the user (or null on a public site).
 */
export async function requireReader(from: string): Promise<SessionUser | null> {
  const user = await currentUser()
  if (!user && readNeedsSession()) redirect(signInPath(from))
  return user
}

/** For data routes: with READ_ACCESS=signed-in, a 401 Response for anyone not signed in. */
export async function refuseUnlessReader(request: Request): Promise<Response | null> {
  if (!readNeedsSession()) return null
  const user = await sessionUser(request.headers, request.url)
  return user ? null : refuse(401, 'Sign in to read this.')
}

/**
 * For downloads that need a role (an editor's archived page): a 401 Response for anyone
 * not signed in, a 403 for too small a role, null to go on.
 */
export async function refuseUnlessRole(request: Request, role: Role): Promise<Response | null> {
  const user = await sessionUser(request.headers, request.url)
  if (!user) return refuse(401, 'Sign in to download this.')
  return hasRole(user.role, role) ? null : refuse(403, `This needs the ${role} role.`)
}

/** For pages any signed-in user may see (their account): anyone else goes to sign in. */
export async function requireSignedIn(from: string): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(signInPath(from))
  return user
}

/**
 * For pages that need a role (editors' pages, admins' pages): anyone not signed in goes to
 * sign in and comes back to `from`; a signed-in user with too small a role gets 403.
 */
export async function requireRolePage(from: string, role: Role): Promise<SessionUser> {
  const user = await requireSignedIn(from)
  if (!hasRole(user.role, role)) forbidden()
  return user
}

/** For admin pages: anyone not signed in goes to sign in; a signed-in non-admin gets 403. */
export const requireAdminPage = (from: string) => requireRolePage(from, 'admin')

/** For editors' pages: anyone not signed in goes to sign in; a reader gets 403. */
export const requireEditorPage = (from: string) => requireRolePage(from, 'editor')

/**
 * For a page's metadata (its title names a story, a source or a speaker): the same read
 * check as the page, before anything is read from the store. Next.js renders metadata
 * beside the page, so a title made first would reach a visitor the page turns away.
 */
export async function readableMetadata<T>(from: string, make: () => Promise<T>): Promise<T> {
  await requireReader(from)
  return make()
}
