import Link from 'next/link'

/** A 403: signed in, but the page needs a larger role (an editor's pages, the admins' users page). */
export default function Forbidden() {
  return (
    <div className="max-w-prose">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-300">403</p>
      <h1 className="mt-1 text-2xl font-bold text-zinc-900 dark:text-zinc-50">Not for your account</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        This page needs a role your account does not have: editing stories and reviewing articles are for
        editors, managing users is for admins. If you need it, ask an admin to change your role.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          See all stories
        </Link>
      </p>
    </div>
  )
}
