'use client'

import { useId, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as claimsApi from '@/lib/commands/claims/schema'
import type { ClaimChoice } from '@/lib/commands/claims/schema'
import { INPUT } from './fields'

const BUTTON =
  'mt-2 rounded-md border border-zinc-500 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-zinc-800'

/**
 * Adds a further claim to the story: typed, with the store's other claims suggested as
 * one types (the shared list, searchable), or new words for a new claim. A claim picked
 * from the list is that claim; the server refuses a claim the story already has.
 */
export function AddClaim({
  storyId,
  shared,
  onAdded,
}: {
  storyId: string
  shared: readonly ClaimChoice[]
  onAdded: (claims: ClaimChoice[], added: ClaimChoice) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const add = async () => {
    const picked = shared.find((claim) => claim.wording === text.trim())
    setBusy(true)
    const answer = await call(
      claimsApi.addStoryClaim,
      { id: storyId },
      picked ? { claimId: picked.id } : { wording: text },
    )
    setBusy(false)
    if (!answer.ok) return setMessage({ error: true, text: answer.error })
    setText('')
    setMessage({ error: false, text: `Added “${answer.value.claim.wording}” to the story’s claims.` })
    onAdded(answer.value.claims, answer.value.claim)
  }
  return (
    <div>
      <label htmlFor={`${id}-claim`} className="block text-sm font-medium">
        Add a claim to the story
      </label>
      <p id={`${id}-help`} className="text-xs text-zinc-700 dark:text-zinc-300">
        Pick one the other stories share as you type, or write a new one as a statement.
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
