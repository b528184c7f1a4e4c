/**
 * Sign-in and roles, for pages and route handlers (components never import this).
 * Sessions live in the store; every check reads them there.
 */
export { ROLES, actorOf, hasRole, isRole, type Role, type SessionUser } from './roles'
export {
  currentUser,
  readableMetadata,
  readNeedsSession,
  refuseUnlessReader,
  refuseUnlessRole,
  requireAdminPage,
  requireEditorPage,
  requireRolePage,
  requireReader,
  requireSignedIn,
  sameOrigin,
  sessionUser,
} from './session'
export { authFor } from './instance'
export { localPath, signInPath } from './next-path'
