'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useHydrated } from '../use-hydrated'
import { call } from '@/lib/commands/client'
import type { InputOf } from '@/lib/commands/endpoint'
import * as users from '@/lib/commands/users/schema'
import { BUTTON, FIELD, QUIET_BUTTON } from './styles'

export interface UserView {
  id: string
  email: string
  name: string
  role: string
  disabled: boolean
}

/** One account: its role, enabled or disabled, and a new password, each saved on its own. */
export function UserRow({
  user,
  roles,
  isSelf,
}: {
  user: UserView
  roles: readonly string[]
  isSelf: boolean
}) {
  const router = useRouter()
  const [role, setRole] = useState(user.role)
  // The saved role changed (this save's refresh, or another admin's): the picker follows it.
  const [savedRole, setSavedRole] = useState(user.role)
  if (user.role !== savedRole) {
    setSavedRole(user.role)
    setRole(user.role)
  }
  const [password, setPassword] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // Buttons stay off until the page's script runs: a plain submission would put the password in the address.
  const hydrated = useHydrated()

  async function change(body: InputOf<typeof users.changeUser>, done: string) {
    const answer = await call(users.changeUser, { id: user.id }, body)
    setMessage(answer.ok ? { ok: true, text: done } : { ok: false, text: answer.error })
    if (answer.ok) router.refresh()
    return answer.ok
  }

  const who = user.name || user.email
  return (
    <tr className="border-t border-zinc-200 align-top dark:border-zinc-700">
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {user.name}
        <span className="block font-normal text-zinc-700 dark:text-zinc-200">{user.email}</span>
        {isSelf ? <span className="block text-sm text-zinc-700 dark:text-zinc-200">(you)</span> : null}
      </th>
      <td className="py-2 pr-3">
        <div className="flex items-center gap-2">
          <label htmlFor={`role-${user.id}`} className="sr-only">
            Role of {who}
          </label>
          <select
            id={`role-${user.id}`}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            className={FIELD}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!hydrated}
            className={QUIET_BUTTON}
            aria-label={`Save role of ${who}`}
            onClick={() => change({ role: role as users.RoleName }, `${who} is now ${role}.`)}
          >
            Save role
          </button>
        </div>
      </td>
      <td className="py-2 pr-3">
        <span className="block">{user.disabled ? 'Disabled' : 'Active'}</span>
        <button
          type="button"
          disabled={!hydrated}
          className={`${QUIET_BUTTON} mt-1`}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${who}`}
          onClick={() =>
            change(
              { disabled: !user.disabled },
              user.disabled ? `${who} can sign in again.` : `${who} is disabled and signed out everywhere.`,
            )
          }
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
      </td>
      <td className="py-2 pr-3">
        <form
          className="flex items-end gap-2"
          onSubmit={async (event) => {
            event.preventDefault()
            if (await change({ password }, `${who} has a new password and is signed out everywhere.`))
              setPassword('')
          }}
        >
          <div>
            <label htmlFor={`password-${user.id}`} className="sr-only">
              New password for {who}
            </label>
            <input
              id={`password-${user.id}`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              minLength={8}
              className={FIELD}
            />
          </div>
          <button
            type="submit"
            disabled={!hydrated}
            className={BUTTON}
            aria-label={`Reset password of ${who}`}
          >
            Reset password
          </button>
        </form>
        <p
          role="status"
          className={`min-h-6 text-sm font-medium ${message?.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
        >
          {message?.text}
        </p>
      </td>
    </tr>
  )
}
