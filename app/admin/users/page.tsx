import type { Metadata } from 'next'
import { AddUserForm } from '@/components/auth/add-user-form'
import { UserRow } from '@/components/auth/user-row'
import { requireAdminPage, ROLES } from '@/lib/auth'
import { listUsers } from '@/lib/store/users'
import { appStore } from '@/lib/store/app-store'

export const metadata: Metadata = { title: 'Users' }

export default async function UsersPage() {
  const me = await requireAdminPage('/admin/users')
  const users = await listUsers((await appStore()).db)
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">Users</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Readers read and export; editors also add and edit statements, sources and stories; admins also manage
        users here. Disabling someone or resetting their password signs them out everywhere at once.
      </p>
      <h2 id="add-user" className="mt-8 text-lg font-semibold">
        Add a user
      </h2>
      <AddUserForm roles={ROLES} />
      <h2 className="mt-8 text-lg font-semibold">Accounts</h2>
      <p className="mt-1 text-sm text-zinc-700 sm:hidden dark:text-zinc-200" aria-hidden="true">
        The table scrolls sideways: role, status and password are to the right. →
      </p>
      {/* On a phone the table scrolls in its own region, which the keyboard reaches too;
          "relative" keeps its hidden labels inside it, or the page would scroll sideways. */}
      <div
        role="region"
        aria-label="Accounts table"
        tabIndex={0}
        className="relative mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        <table className="w-full min-w-[44rem] text-sm">
          <caption className="sr-only">Accounts, by email</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 pr-3">
                Person
              </th>
              <th scope="col" className="py-2 pr-3">
                Role
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2 pr-3">
                Password
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow
                // Keyed by the account alone: a save's refresh must not remount the row, or the
                // message saying what was saved would vanish with it.
                key={user.id}
                user={{
                  id: user.id,
                  email: user.email,
                  name: user.name,
                  role: user.role,
                  disabled: user.disabled,
                }}
                roles={ROLES}
                isSelf={user.id === me.id}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
