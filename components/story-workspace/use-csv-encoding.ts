'use client'

import { useCallback, useSyncExternalStore } from 'react'

export type CsvEncoding = 'excel' | 'plain'

const KEY = 'perspective-reader:csv-encoding'
const listeners = new Set<() => void>()

function read(): CsvEncoding {
  try {
    return window.localStorage.getItem(KEY) === 'plain' ? 'plain' : 'excel'
  } catch {
    return 'excel'
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => event.key === KEY && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The analyst's CSV encoding choice, remembered in this browser; Excel-friendly by default. */
export function useCsvEncoding(): [CsvEncoding, (encoding: CsvEncoding) => void] {
  const encoding = useSyncExternalStore(subscribe, read, () => 'excel' as const)
  const setEncoding = useCallback((next: CsvEncoding) => {
    try {
      window.localStorage.setItem(KEY, next)
    } catch {
      // Storage may be off (private mode); the choice then lasts for this page only.
    }
    listeners.forEach((listener) => listener())
  }, [])
  return [encoding, setEncoding]
}
