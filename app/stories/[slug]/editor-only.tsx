import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth'
import type { SessionUser } from '@/lib/auth'

/**
 * For the pages where editors work: the signed-in editor (or admin), checked on the
 * server; anyone signed out goes to sign in and comes back; a reader is told why not.
 */
export async function editorOrRefusal(
  from: string,
): Promise<{ user: SessionUser; refusal: null } | { user: null; refusal: React.ReactNode }> {
  const user = await currentUser()
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(from)}`)
  if (user.role === 'reader')
    return {
      user: null,
      refusal: (
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">Editors only</h1>
          <p className="mt-2">
            Adding and reviewing articles needs an editor’s account; yours can read and export. Ask an admin
            to change your role.
          </p>
        </div>
      ),
    }
  return { user, refusal: null }
}
