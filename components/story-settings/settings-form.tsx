'use client'

import { useRouter } from 'next/navigation'
import { useState, type ReactNode } from 'react'
import { send as sendTo } from '@/lib/commands/client'
import type { Endpoint, InputOf, ParamsOf } from '@/lib/commands/endpoint'
import { useHydrated } from '../use-hydrated'

export interface Refusal {
  message: string
  field?: string
  statements?: { speaker: string; text: string }[]
}

/**
 * One small form of the settings page: sends its change, refreshes the page on success,
 * and shows a refusal in place: the message, and the statements to deal with first.
 */
export function useSettingsCall() {
  const router = useRouter()
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()
  const send = async <E extends Endpoint>(
    endpoint: E,
    params: ParamsOf<E['path']>,
    input: InputOf<E>,
    done: string,
  ) => {
    setBusy(true)
    setStatus('Saving…')
    const answer = await sendTo(endpoint, params, input)
    setBusy(false)
    if (answer.ok) {
      setRefusal(null)
      setStatus(done)
      router.refresh()
      return true
    }
    setStatus('')
    setRefusal({
      message:
        answer.code === 'conflict'
          ? 'Someone else changed this since the page was loaded. Reload the page to see their version; your input was not saved.'
          : answer.error,
      field: answer.field,
      statements: answer.statements,
    })
    return false
  }
  // Until the page's script runs, a click would be lost: the forms count as busy.
  return { refusal, status, busy: busy || !hydrated, send }
}

export function RefusalNote({ refusal, id }: { refusal: Refusal | null; id: string }) {
  if (!refusal) return null
  return (
    <div
      id={id}
      role="alert"
      className="mt-2 rounded-md border border-red-700 px-3 py-2 text-sm text-red-800 dark:text-red-300"
    >
      <p>{refusal.message}</p>
      {refusal.statements?.length ? (
        <ul className="mt-1 list-disc pl-5">
          {refusal.statements.map((s, i) => (
            <li key={i}>
              {s.speaker}: “{s.text.length > 100 ? `${s.text.slice(0, 98)}…` : s.text}”
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function Status({ children }: { children: ReactNode }) {
  return (
    <span role="status" className="text-sm">
      {children}
    </span>
  )
}
