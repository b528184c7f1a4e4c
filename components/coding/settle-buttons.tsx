'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as coding from '@/lib/commands/coding/schema'
import type { SettledField } from '@/lib/coding/settlement'

/** Take the first or the second coder's value for one difference of a pair. */
export function SettleButtons({
  reviewId,
  draftId,
  version,
  field,
  label,
  first,
  second,
}: {
  reviewId: string
  draftId: string
  version: number
  field: SettledField
  label: string
  first: string
  second: string
}) {
  const router = useRouter()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function take(side: 'first' | 'second') {
    setBusy(true)
    setProblem(null)
    const answer = await call(coding.settleDifference, { id: reviewId, draftId }, { version, field, side })
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    router.refresh()
  }
  return (
    <span className="flex flex-wrap gap-2">
      {(['first', 'second'] as const).map((side) => (
        <button
          key={side}
          type="button"
          disabled={busy}
          onClick={() => void take(side)}
          aria-label={`${label}: take the ${side} coder’s, ${side === 'first' ? first : second}`}
          className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-medium disabled:opacity-60"
        >
          Take the {side} coder’s
        </button>
      ))}
      {problem && (
        <span role="alert" className="text-xs text-red-800 dark:text-red-200">
          {problem}
        </span>
      )}
    </span>
  )
}
