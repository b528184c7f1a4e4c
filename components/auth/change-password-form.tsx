'use client'

import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as users from '@/lib/commands/users/schema'
import { BUTTON, FIELD } from './styles'
import { useHydrated } from '../use-hydrated'

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // Off until the page's script runs: a plain form submission would put the password in the address.
  const hydrated = useHydrated()

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form))
    if (data.newPassword !== data.repeat)
      return setMessage({ ok: false, text: 'The new password and its repeat differ. Type them again.' })
    setBusy(true)
    const answer = await call(
      users.changeOwnPassword,
      {},
      {
        currentPassword: String(data.currentPassword ?? ''),
        newPassword: String(data.newPassword ?? ''),
      },
    )
    setBusy(false)
    if (!answer.ok) return setMessage({ ok: false, text: answer.error })
    form.reset()
    setMessage({ ok: true, text: 'Your password is changed. Your other sessions are signed out.' })
  }

  return (
    <form onSubmit={submit} aria-labelledby="change-password" className="mt-3 max-w-md space-y-3">
      <div>
        <label htmlFor="current-password" className="block text-sm font-medium">
          Current password
        </label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium">
          New password
        </label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="repeat-password" className="block text-sm font-medium">
          New password again
        </label>
        <input
          id="repeat-password"
          name="repeat"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          className={FIELD}
        />
      </div>
      <p
        role="status"
        className={`min-h-6 text-sm font-medium ${message?.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
      >
        {message?.text}
      </p>
      <button type="submit" disabled={busy || !hydrated} className={BUTTON}>
        Change password
      </button>
    </form>
  )
}
