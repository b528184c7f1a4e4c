'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as speakers from '@/lib/commands/speakers/schema'

/**
 * An editor's merge or split of speaker names: sent to the server, which checks the role
 * and records the change; the page then reloads its data. A refusal shows its reason.
 */
export function MergeButton({
  action,
  name,
  into,
  label,
  after,
}: {
  action: 'merge' | 'split'
  name: string
  into?: string
  label: string
  /** Where to go once done (a merged name's old page no longer exists). */
  after?: string
}) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const send = async () => {
    setBusy(true)
    setProblem(null)
    const answer =
      action === 'merge'
        ? await call(speakers.mergeSpeaker, {}, { name, into: into ?? '' })
        : await call(speakers.splitSpeaker, {}, { name })
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    if (after) router.push(after)
    router.refresh()
  }
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => void send()}
        className="ml-2 rounded border border-zinc-400 px-2 py-0.5 text-xs font-semibold hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60 dark:border-zinc-500 dark:hover:bg-zinc-800 print:hidden"
      >
        {label}
      </button>
      {problem ? (
        <span role="alert" className="ml-2 text-xs text-red-700 dark:text-red-300">
          {problem}
        </span>
      ) : null}
    </>
  )
}
