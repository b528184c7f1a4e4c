'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as statements from '@/lib/commands/statements/schema'
import { BUTTON } from './modal'

/** "Restore" on the change log: a deleted statement, or a version from its history. */
export function RestoreButton({
  storyId,
  statementId,
  changeId,
  side,
  label,
  description,
}: {
  storyId: string
  statementId: string
  changeId?: number
  side?: 'after' | 'before'
  label: string
  /** What is restored, for the button's accessible name. */
  description: string
}) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const restore = async () => {
    setBusy(true)
    const answer = await call(statements.restoreStatement, { id: storyId, statementId }, { changeId, side })
    setBusy(false)
    setMessage(answer.ok ? 'Restored.' : answer.error)
    if (answer.ok) router.refresh()
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={BUTTON}
        onClick={restore}
        disabled={busy}
        aria-label={`${label}: ${description}`}
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  )
}
