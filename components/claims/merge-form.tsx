'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { send } from '@/lib/commands/client'
import * as claims from '@/lib/commands/claims/schema'
import { FIELD, LABEL, PRIMARY } from '../statement-edit/modal'
import { RefusalNote, Status, type Refusal } from '../story-settings/settings-form'
import { useHydrated } from '../use-hydrated'
import { AffectedStories } from './affected-stories'

/**
 * An editor merges this claim into another found to be the same proposition. The form
 * lists the stories the merge changes before it is sent; once merged, the page goes to
 * the surviving claim (this one's address leads there from now on).
 */
export function MergeForm({
  claim,
  others,
  stories,
}: {
  claim: { id: string; wording: string }
  /** The other claims, by wording. */
  others: readonly { id: string; wording: string }[]
  stories: readonly { id: string; title: string; main: boolean }[]
}) {
  const router = useRouter()
  const hydrated = useHydrated()
  const [into, setInto] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const chosen = others.find((o) => o.id === into)
  const merge = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setStatus('Merging…')
    const answer = await send(claims.mergeClaim, { id: claim.id }, { into })
    setBusy(false)
    if (!answer.ok) {
      setStatus('')
      setRefusal({ message: answer.error, field: answer.field })
      return
    }
    setRefusal(null)
    setStatus('Merged.')
    router.push(`/claims/${encodeURIComponent(answer.value.into.slug)}`)
    router.refresh()
  }
  return (
    <form onSubmit={merge} className="space-y-2" noValidate aria-labelledby="merge-heading">
      <h2 id="merge-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        Merge this claim into another
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-200">
        When two claims are one proposition: this claim’s stances and non-responses move to the other, stories
        whose question it is take the other’s wording, and this page’s address leads to the other claim.
      </p>
      <div>
        <label htmlFor="merge-into" className={LABEL}>
          The claim to keep
        </label>
        <select
          id="merge-into"
          value={into}
          onChange={(e) => setInto(e.target.value)}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? 'merge-refusal' : chosen ? 'merge-affects' : undefined}
          className={FIELD}
        >
          <option value="">Choose a claim…</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.wording}
            </option>
          ))}
        </select>
      </div>
      {chosen ? (
        <AffectedStories
          id="merge-affects"
          stories={stories}
          lead={`Merging into “${chosen.wording}” changes ${stories.length === 1 ? 'this story' : `these ${stories.length} stories`}, and each records it in its history:`}
        />
      ) : null}
      <RefusalNote refusal={refusal} id="merge-refusal" />
      <div className="flex items-center gap-3">
        <button type="submit" className={PRIMARY} disabled={busy || !hydrated || !chosen}>
          Merge into the chosen claim
        </button>
        <Status>{status}</Status>
      </div>
    </form>
  )
}
