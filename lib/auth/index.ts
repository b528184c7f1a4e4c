/**
 * Sign-in and roles, for pages and route handlers (components never import this).
 * Sessions live in the store; every check reads them there.
 */
export { ROLES, actorOf, hasRole, isRole, type Role, type SessionUser } from './roles'
export {
  currentUser,
  readNeedsSession,
  refuseUnlessReader,
  requireAdminPage,
  requireReader,
  requireSignedIn,
  sessionUser,
} from './session'
export { authFor } from './instance'
