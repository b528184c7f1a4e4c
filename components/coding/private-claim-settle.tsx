'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { INPUT } from '@/components/coding-fields/fields'
import { call } from '@/lib/commands/client'
import type { ClaimChoice } from '@/lib/commands/claims/schema'
import * as privateApi from '@/lib/commands/private-claims/schema'

const BUTTON =
  'rounded border border-zinc-500 px-2 py-0.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:hover:bg-zinc-800'

/**
 * An editor settles one claim a coder created: keep it (a shared claim of the story),
 * merge it into another claim (the story's, the other coder's, or one from the shared
 * list), or drop it with its stances.
 */
export function PrivateClaimSettle({
  settlementId,
  claim,
  targets,
}: {
  settlementId: string
  claim: ClaimChoice
  /** The claims it may be merged into, in groups. */
  targets: { label: string; claims: ClaimChoice[] }[]
}) {
  const id = useId()
  const router = useRouter()
  const [into, setInto] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  async function settle(body: { outcome: 'keep' | 'drop' } | { outcome: 'merge'; into: string }) {
    setBusy(true)
    setProblem(null)
    const answer = await call(privateApi.settlePrivateClaim, { id: settlementId, claimId: claim.id }, body)
    setBusy(false)
    if (!answer.ok) return setProblem(answer.error)
    router.refresh()
  }
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={busy}
          aria-label={`Keep “${claim.wording}” as a claim of the story`}
          onClick={() => void settle({ outcome: 'keep' })}
        >
          Keep it
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={busy}
          aria-label={`Drop “${claim.wording}” with its stances`}
          onClick={() => void settle({ outcome: 'drop' })}
        >
          Drop it
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-into`} className="block text-sm">
            Merge “{claim.wording}” into
          </label>
          <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)} className={INPUT}>
            <option value="">Choose a claim</option>
            {targets
              .filter((group) => group.claims.length > 0)
              .map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.claims.map((target) => (
                    <option key={target.id} value={target.id}>
                      {target.wording}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <button
          type="button"
          className={BUTTON}
          disabled={busy || into === ''}
          onClick={() => void settle({ outcome: 'merge', into })}
        >
          Merge
        </button>
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {problem}
        </p>
      )}
    </div>
  )
}
