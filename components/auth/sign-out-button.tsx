'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import { signOut as signingOut } from '@/lib/commands/users/sign-out'

/** Ends the session in the store, then reloads the home page signed out. */
export function SignOutButton() {
  const router = useRouter()
  const [failed, setFailed] = useState(false)
  async function signOut() {
    const answer = await call(signingOut, {})
    if (!answer.ok) return setFailed(true)
    router.replace('/')
    router.refresh()
  }
  return (
    <>
      <button type="button" onClick={signOut} className="text-blue-700 underline dark:text-blue-300">
        Sign out
      </button>
      {failed ? (
        <span role="alert" className="text-red-800 dark:text-red-300">
          Signing out did not work; try again.
        </span>
      ) : null}
    </>
  )
}
