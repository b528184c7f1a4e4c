'use client'

import { useState } from 'react'
import * as claims from '@/lib/commands/claims/schema'
import { FIELD, LABEL, PRIMARY } from '../statement-edit/modal'
import { RefusalNote, Status, useSettingsCall } from '../story-settings/settings-form'
import { AffectedStories } from './affected-stories'

/**
 * An editor rewords a claim. Before saving, the form lists every story the rewording
 * changes; the save names the wording it started from, so another editor's rewording
 * meanwhile is refused rather than overwritten.
 */
export function RewordForm({
  claim,
  stories,
}: {
  claim: { id: string; wording: string }
  stories: readonly { id: string; title: string; main: boolean }[]
}) {
  const [wording, setWording] = useState(claim.wording)
  const { refusal, status, busy, send } = useSettingsCall()
  const changed = wording.trim() !== claim.wording
  const save = (event: React.FormEvent) => {
    event.preventDefault()
    void send(claims.rewordClaim, { id: claim.id }, { expected: claim.wording, wording }, 'Reworded.')
  }
  return (
    <form onSubmit={save} className="space-y-2" noValidate aria-labelledby="reword-heading">
      <h2 id="reword-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        Reword this claim
      </h2>
      <div>
        <label htmlFor="claim-wording" className={LABEL}>
          Wording
        </label>
        <p id="claim-wording-help" className="text-xs text-zinc-700 dark:text-zinc-300">
          One proposition, in neutral words, as a statement rather than a question.
        </p>
        <textarea
          id="claim-wording"
          rows={2}
          value={wording}
          onChange={(e) => setWording(e.target.value)}
          aria-invalid={refusal?.field === 'wording' || undefined}
          aria-describedby={
            refusal ? 'reword-refusal' : changed ? 'claim-wording-help reword-affects' : 'claim-wording-help'
          }
          className={FIELD}
        />
      </div>
      {changed ? (
        <AffectedStories
          id="reword-affects"
          stories={stories}
          lead={`Saving changes the claim in ${stories.length === 1 ? 'this story' : `all ${stories.length} stories that use it`}, and each records it in its history:`}
        />
      ) : null}
      <RefusalNote refusal={refusal} id="reword-refusal" />
      <div className="flex items-center gap-3">
        <button type="submit" className={PRIMARY} disabled={busy || !changed}>
          Save wording
        </button>
        <Status>{status}</Status>
      </div>
    </form>
  )
}
