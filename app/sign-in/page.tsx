import type { Metadata } from 'next'
import Link from 'next/link'
import { SignInForm } from '@/components/auth/sign-in-form'
import { currentUser, localPath } from '@/lib/auth'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  // Only a path on this site, as the browser will read it: never on to another site.
  const next = localPath((await searchParams).next)
  const user = await currentUser()
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        Sign in
      </h1>
      {user ? (
        <p className="mt-4">
          You are signed in as {user.name} ({user.email}).{' '}
          <Link href={next} className="text-blue-700 underline dark:text-blue-300">
            Go on
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-zinc-700 dark:text-zinc-200">
            Accounts are made by the site’s admins; there is no sign-up. If you have none, ask an admin.
          </p>
          <noscript>
            <p className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
              Signing in needs JavaScript. Turn it on for this site, then reload the page.
            </p>
          </noscript>
          <SignInForm next={next} />
        </>
      )}
    </div>
  )
}
