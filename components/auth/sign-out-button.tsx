'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Ends the session in the store, then reloads the home page signed out. The button is in
 * every page's header: the typed client loads when it is pressed, not with every page.
 */
export function SignOutButton() {
  const router = useRouter()
  const [failed, setFailed] = useState(false)
  async function signOut() {
    const signedOut = await import('@/lib/commands/users/sign-out')
      .then((m) => m.signOutNow())
      .catch(() => false)
    if (!signedOut) return setFailed(true)
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
