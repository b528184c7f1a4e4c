'use client'

import { useSyncExternalStore } from 'react'

const noChanges = () => () => {}

/**
 * False in the server's HTML and until the page's script has run, then true. Buttons that
 * save stay off until then: a click before would be lost, or submit the form as a plain GET.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  )
}
