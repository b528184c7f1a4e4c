'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as api from '@/lib/commands/non-responses/schema'
import type { ReviewNonResponse } from '@/lib/import/review-draft'

/** Removes a non-response one coder alone recorded from the settlement. */
export function RemoveNonResponse({
  reviewId,
  nonResponse,
  label,
}: {
  reviewId: string
  nonResponse: ReviewNonResponse
  label: string
}) {
  const router = useRouter()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function remove() {
    setBusy(true)
    setProblem(null)
    const answer = await call(
      api.removeNonResponse,
      { id: reviewId, nonResponseId: nonResponse.id },
      { version: nonResponse.version },
    )
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    router.refresh()
  }
  return (
    <span className="mt-1 flex flex-wrap gap-2">
      <button
        type="button"
        disabled={busy}
        onClick={() => void remove()}
        aria-label={label}
        className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-medium disabled:opacity-60"
      >
        Remove it
      </button>
      {problem && (
        <span role="alert" className="text-xs text-red-800 dark:text-red-200">
          {problem}
        </span>
      )}
    </span>
  )
}
