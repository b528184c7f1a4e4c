'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as users from '@/lib/commands/users/schema'
import { BUTTON, FIELD } from './styles'
import { useHydrated } from '../use-hydrated'

export function AddUserForm({ roles }: { roles: readonly string[] }) {
  const router = useRouter()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // Off until the page's script runs: a plain form submission would put the password in the address.
  const hydrated = useHydrated()

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>
    setBusy(true)
    const answer = await call(
      users.addUser,
      {},
      {
        email: data.email ?? '',
        name: data.name ?? '',
        role: data.role as users.RoleName,
        password: data.password ?? '',
      },
    )
    setBusy(false)
    if (!answer.ok) return setMessage({ ok: false, text: answer.error })
    form.reset()
    setMessage({
      ok: true,
      text: `Added ${String(data.email).trim().toLowerCase()} as ${String(data.role)}.`,
    })
    router.refresh()
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby="add-user"
      className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div>
        <label htmlFor="new-email" className="block text-sm font-medium">
          Email
        </label>
        <input id="new-email" name="email" type="email" required autoComplete="off" className={FIELD} />
      </div>
      <div>
        <label htmlFor="new-name" className="block text-sm font-medium">
          Name
        </label>
        <input id="new-name" name="name" type="text" autoComplete="off" className={FIELD} />
      </div>
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="reader" className={FIELD}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          className={FIELD}
        />
      </div>
      <div className="flex items-end">
        <button type="submit" disabled={busy || !hydrated} className={BUTTON}>
          Add user
        </button>
      </div>
      <p
        role="status"
        className={`min-h-6 text-sm font-medium sm:col-span-2 lg:col-span-5 ${message?.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
      >
        {message?.text}
      </p>
    </form>
  )
}
