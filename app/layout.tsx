import type { Metadata } from 'next'
import { GeistSans } from 'geist/font/sans'
import Link from 'next/link'
import { SignOutButton } from '@/components/auth/sign-out-button'
import { currentUser } from '@/lib/auth'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Perspective reader', template: '%s · Perspective reader' },
  description: 'Compare how each camp tells a contested story, statement by statement, traced to its source.',
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser()
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100 print:bg-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          Skip to content
        </a>
        <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900 print:hidden">
          <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
            <Link
              href="/"
              className="font-semibold tracking-tight text-zinc-900 hover:underline dark:text-zinc-50"
            >
              Perspective reader
            </Link>
            <nav aria-label="Site" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <span className="hidden text-zinc-600 md:inline dark:text-zinc-300">
                Every row traced to its source
              </span>
              <Link href="/" className="text-blue-700 underline dark:text-blue-300">
                Stories
              </Link>
              <Link href="/speakers" className="text-blue-700 underline dark:text-blue-300">
                Speakers
              </Link>
              <Link href="/claims" className="text-blue-700 underline dark:text-blue-300">
                Claims
              </Link>
              {user && user.role !== 'reader' ? (
                <Link href="/import" className="text-blue-700 underline dark:text-blue-300">
                  Start a new story
                </Link>
              ) : null}
              <Link href="/codebook" className="text-blue-700 underline dark:text-blue-300">
                How statements are coded
              </Link>
              {user ? (
                <>
                  <span className="text-zinc-700 dark:text-zinc-200">
                    Signed in as <span className="font-medium">{user.name}</span>
                  </span>
                  {user.role === 'admin' ? (
                    <Link href="/admin/users" className="text-blue-700 underline dark:text-blue-300">
                      Users
                    </Link>
                  ) : null}
                  <Link href="/account" className="text-blue-700 underline dark:text-blue-300">
                    Account
                  </Link>
                  <SignOutButton />
                </>
              ) : (
                <Link href="/sign-in" className="text-blue-700 underline dark:text-blue-300">
                  Sign in
                </Link>
              )}
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-screen-2xl px-4 py-8 sm:px-6 xl:px-4">
          {children}
        </main>
      </body>
    </html>
  )
}
