import Link from 'next/link'

/** What a reader or a visitor sees instead of an editor's page. */
export function EditorsOnly({ what, signedIn }: { what: string; signedIn: boolean }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">For editors only</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Only editors can see {what}.{' '}
        {signedIn ? 'Your account can read stories but not edit them.' : 'Sign in with an editor’s account.'}
      </p>
      <p className="mt-4">
        {signedIn ? (
          <Link href="/" className="text-blue-700 underline dark:text-blue-300">
            See all stories
          </Link>
        ) : (
          <Link href="/sign-in" className="text-blue-700 underline dark:text-blue-300">
            Sign in
          </Link>
        )}
      </p>
    </div>
  )
}
