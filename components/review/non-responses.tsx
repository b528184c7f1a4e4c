'use client'

import { useId, useState } from 'react'
import type { ClaimChoice } from '@/components/coding-fields/claim-stances'
import type { Camp } from '@/components/coding-fields/coded-fields'
import { INPUT, Rule } from '@/components/coding-fields/fields'
import { call } from '@/lib/commands/client'
import * as api from '@/lib/commands/non-responses/schema'
import type { ReviewNonResponse } from '@/lib/import/review-draft'
import { formatIsoDate } from '@/lib/view/source-date'

const BUTTON = 'rounded border border-zinc-500 px-3 py-1 text-sm font-medium disabled:opacity-60'

/**
 * Non-responses in review: when the article says a camp did not respond to a claim, the
 * editor selects those words and records the camp, the claim and the day as of which
 * (empty: the article's date). They go into the story with "Save to story". Nothing is
 * chosen for the editor: camp and claim start empty.
 */
export function NonResponses({
  reviewId,
  selection,
  camps,
  claims,
  articleDate,
  initial,
  onChange,
}: {
  reviewId: string
  selection: { start: number; end: number } | null
  camps: readonly Camp[]
  /** Every claim of the story, the question first; in a blind coding, its own claims not settled yet. */
  claims: readonly ClaimChoice[]
  /** The article's date as readers see it ("c. 16 Dec 2023 (inferred)"). */
  articleDate: string
  initial: readonly ReviewNonResponse[]
  onChange?: (count: number) => void
}) {
  const id = useId()
  const [list, setList] = useState<ReviewNonResponse[]>([...initial])
  const [camp, setCamp] = useState('')
  const [claim, setClaim] = useState('')
  const [asOf, setAsOf] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const campName = (value: string) => camps.find((c) => c.id === value)?.label ?? value
  const claimWording = (value: string) => claims.find((c) => c.id === value)?.wording ?? value
  const update = (next: ReviewNonResponse[]) => {
    setList(next)
    onChange?.(next.length)
  }

  const add = async () => {
    if (!selection)
      return setMessage({ error: true, text: 'Select the words that say so in the article first.' })
    if (camp === '') return setMessage({ error: true, text: 'Choose the camp that did not respond.' })
    if (claim === '') return setMessage({ error: true, text: 'Choose the claim it did not respond to.' })
    setBusy(true)
    const answer = await call(
      api.addNonResponse,
      { id: reviewId },
      { span: selection, perspective: camp, claim, asOf: asOf.trim() || null },
    )
    setBusy(false)
    if (!answer.ok) return setMessage({ error: true, text: answer.error })
    const added = answer.value.nonResponse
    update([...list, added].sort((a, b) => a.start - b.start))
    setCamp('')
    setClaim('')
    setAsOf('')
    setMessage({
      error: false,
      text: `Recorded: ${campName(added.perspective)} made no public response to “${claimWording(added.claim)}”.`,
    })
  }

  const remove = async (n: ReviewNonResponse) => {
    const answer = await call(
      api.removeNonResponse,
      { id: reviewId, nonResponseId: n.id },
      { version: n.version },
    )
    if (!answer.ok) return setMessage({ error: true, text: answer.error })
    update(list.filter((x) => x.id !== n.id))
    setMessage({ error: false, text: 'Removed the non-response.' })
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 space-y-2">
      <h3 id={`${id}-heading`} className="font-semibold">
        Non-responses
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        When the article says a camp did not respond to a claim (“has not responded to the claims made by …”),
        select those words, then record it here. It is not a statement and takes no stance.{' '}
        <Rule section="claims">Rule: silence and non-response</Rule>
      </p>
      <fieldset className="grid gap-2 rounded-md border border-zinc-300 p-3 sm:grid-cols-3 dark:border-zinc-600">
        <legend className="px-1 text-sm font-medium">Record a non-response from the selected words</legend>
        <div>
          <label htmlFor={`${id}-camp`} className="block text-sm">
            Camp that did not respond
          </label>
          <select id={`${id}-camp`} value={camp} onChange={(e) => setCamp(e.target.value)} className={INPUT}>
            <option value="">Choose a camp</option>
            {camps.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-claim`} className="block text-sm">
            Claim it did not respond to
          </label>
          <select
            id={`${id}-claim`}
            value={claim}
            onChange={(e) => setClaim(e.target.value)}
            className={INPUT}
          >
            <option value="">Choose a claim</option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.wording}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-as-of`} className="block text-sm">
            No response as of
          </label>
          <input
            id={`${id}-as-of`}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            value={asOf}
            aria-describedby={`${id}-as-of-help`}
            onChange={(e) => setAsOf(e.target.value)}
            className={INPUT}
          />
          <p id={`${id}-as-of-help`} className="text-xs text-zinc-700 dark:text-zinc-300">
            Empty: the article’s date ({articleDate}).
          </p>
        </div>
        <div className="sm:col-span-3">
          <button type="button" className={BUTTON} disabled={busy} onClick={() => void add()}>
            Record the non-response
          </button>
        </div>
      </fieldset>
      <p
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'text-sm text-red-800 dark:text-red-200' : 'text-sm'}
      >
        {message?.text}
      </p>
      {list.length > 0 ? (
        <ul aria-label="Non-responses in this review" className="space-y-2">
          {list.map((n) => {
            const who = campName(n.perspective)
            const what = claimWording(n.claim)
            return (
              <li key={n.id} className="rounded border border-zinc-300 p-2 text-sm dark:border-zinc-600">
                <p>
                  <span className="font-medium">{who}</span>: no public response to “{what}” as of{' '}
                  {n.asOf ? formatIsoDate(n.asOf) : `the article’s date (${articleDate})`}.
                </p>
                <blockquote className="mt-1 border-l-4 border-zinc-300 pl-2 dark:border-zinc-600">
                  {n.text}
                </blockquote>
                <button
                  type="button"
                  className={`mt-1 ${BUTTON}`}
                  aria-label={`Remove the non-response of ${who} on “${what}”`}
                  onClick={() => void remove(n)}
                >
                  Remove
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
