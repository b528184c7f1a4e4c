'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call, type Result } from '@/lib/commands/client'
import * as users from '@/lib/commands/users/schema'
import { useHydrated } from '../use-hydrated'

/** What a refused sign-in means, in the user's words (better-auth answers with codes). */
function refusal(answer: Extract<Result<unknown>, { ok: false }>): string {
  if (answer.status === 0) return answer.error
  // The limits' own words say how long to wait (a minute, or longer for an account held).
  if (answer.status === 429) return answer.error
  if (answer.status === 403 && answer.reason === 'ACCOUNT_DISABLED')
    return 'This account is disabled. Ask an admin of this site to turn it back on.'
  if (answer.status === 401 || answer.status === 400)
    return 'That email and password do not match an account here. Check both and try again.'
  return 'Signing in did not work just now. Try again in a moment.'
}

export function SignInForm({ next }: { next: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Until the page's script runs, the button stays off: a plain form submission would put
  // the password in the address.
  const ready = useHydrated()

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const answer = await call(
      users.signIn,
      {},
      {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        rememberMe: true,
      },
    )
    if (answer.ok) {
      // Every page, the header too, is read again with the new session.
      router.replace(next)
      router.refresh()
      return
    }
    // A box left empty is said before anything is sent; the server's refusals in its own words.
    setError(answer.field ? answer.error : refusal(answer))
    setBusy(false)
  }

  return (
    <form onSubmit={submit} method="post" className="mt-6 space-y-4">
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-500 dark:bg-zinc-900"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-500 dark:bg-zinc-900"
        />
      </div>
      <p role="alert" className="min-h-6 text-sm font-medium text-red-800 dark:text-red-300">
        {error}
      </p>
      <button
        type="submit"
        disabled={busy || !ready}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-70"
      >
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
