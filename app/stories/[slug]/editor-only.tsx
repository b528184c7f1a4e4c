import { redirect } from 'next/navigation'
import { hasRole, type SessionUser } from '@/lib/auth'

/**
 * For the pages where editors work, after the page's own read check: anyone signed out
 * goes to sign in and comes back; a reader is told why not. Null when an editor may go on.
 */
export function editorRefusal(user: SessionUser | null, from: string): React.ReactNode | null {
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(from)}`)
  if (hasRole(user.role, 'editor')) return null
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">Editors only</h1>
      <p className="mt-2">
        Adding and reviewing articles needs an editor’s account; yours can read and export. Ask an admin to
        change your role.
      </p>
    </div>
  )
}
