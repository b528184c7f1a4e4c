import type { Metadata } from 'next'
import { ChangePasswordForm } from '@/components/auth/change-password-form'
import { requireSignedIn } from '@/lib/auth'

export const metadata: Metadata = { title: 'Your account' }

export default async function AccountPage() {
  const user = await requireSignedIn('/account')
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        Your account
      </h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <h2 id="change-password" className="mt-8 text-lg font-semibold">
        Change your password
      </h2>
      <ChangePasswordForm />
    </div>
  )
}
