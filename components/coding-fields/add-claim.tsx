'use client'

import { useId, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as claimsApi from '@/lib/commands/claims/schema'
import * as privateApi from '@/lib/commands/private-claims/schema'
import type { ClaimChoice } from '@/lib/commands/claims/schema'
import { INPUT } from './fields'

const BUTTON =
  'mt-2 rounded-md border border-zinc-500 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-zinc-800'

/**
 * Adds a further claim to the story: typed, with the store's other claims suggested as
 * one types (the shared list, searchable), or new words for a new claim. A claim picked
 * from the list is that claim; the server refuses a claim the story already has.
 * In a blind coder's review (`privateTo`), the claim is the coder's own instead, private
 * to that review until both coders are done (lib/coding/private-claims).
 */
export function AddClaim({
  storyId,
  shared,
  onAdded,
  privateTo,
}: {
  storyId: string
  shared: readonly ClaimChoice[]
  onAdded: (claims: ClaimChoice[], added: ClaimChoice) => void
  /** A blind coder's review: the claim is created there, for that coder alone. */
  privateTo?: string
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const add = async () => {
    const picked = shared.find((claim) => claim.wording === text.trim())
    setBusy(true)
    const answer = privateTo
      ? await call(privateApi.createPrivateClaim, { id: privateTo }, { wording: text })
      : await call(
          claimsApi.addStoryClaim,
          { id: storyId },
          picked ? { claimId: picked.id } : { wording: text },
        )
    setBusy(false)
    if (!answer.ok) return setMessage({ error: true, text: answer.error })
    setText('')
    setMessage({
      error: false,
      text: privateTo
        ? `Added “${answer.value.claim.wording}” to your own claims, offered on every statement below.`
        : `Added “${answer.value.claim.wording}” to the story’s claims.`,
    })
    onAdded(answer.value.claims, answer.value.claim)
  }
  return (
    <div>
      <label htmlFor={`${id}-claim`} className="block text-sm font-medium">
        {privateTo ? 'Add a claim of your own' : 'Add a claim to the story'}
      </label>
      <p id={`${id}-help`} className="text-xs text-zinc-700 dark:text-zinc-300">
        {privateTo
          ? 'Only you see it until both coders are done; an editor then keeps it for the story, merges it into another claim, or drops it. Claims the other stories share are suggested as you type.'
          : 'Pick one the other stories share as you type, or write a new one as a statement.'}
      </p>
      <input
        id={`${id}-claim`}
        type="text"
        list={`${id}-shared`}
        value={text}
        aria-describedby={message?.error ? `${id}-help ${id}-message` : `${id}-help`}
        aria-invalid={message?.error || undefined}
        onChange={(e) => {
          setText(e.target.value)
          setMessage(null)
        }}
        onKeyDown={(e) => {
          // Enter adds the claim here, not the statement's form around it.
          if (e.key === 'Enter') {
            e.preventDefault()
            void add()
          }
        }}
        className={INPUT}
      />
      <datalist id={`${id}-shared`}>
        {shared.map((claim) => (
          <option key={claim.id} value={claim.wording} />
        ))}
      </datalist>
      <button type="button" className={BUTTON} disabled={busy} onClick={() => void add()}>
        Add claim
      </button>
      <p
        id={`${id}-message`}
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'text-sm text-red-800 dark:text-red-300' : 'text-sm'}
      >
        {message?.text}
      </p>
    </div>
  )
}
