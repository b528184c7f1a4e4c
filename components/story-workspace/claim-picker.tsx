'use client'

import type { ClaimView } from '@/lib/view/claims'

/**
 * Which claim the stances are shown on: the main claim (the question) by default, or one
 * of the story's further claims, which narrows every view to the statements addressing it.
 */
export function ClaimPicker({
  claims,
  value,
  onChange,
}: {
  claims: readonly ClaimView[]
  /** The chosen claim's id; null for the main claim without a filter. */
  value: string | null
  onChange: (claimId: string | null) => void
}) {
  if (claims.length < 2 && value === null) return null
  const main = claims[0]!
  return (
    <label className="flex min-w-0 max-w-full items-center gap-1.5 text-sm font-semibold text-zinc-800 dark:text-zinc-100 print:hidden">
      Claim
      <select
        value={value ?? main.id}
        // The main claim is the view without a claim filter: every statement, blanks included.
        onChange={(event) => onChange(event.target.value === main.id ? null : event.target.value)}
        className="min-w-0 max-w-[min(28rem,70vw)] truncate rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm font-normal text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-50"
      >
        {claims.map((claim) => (
          <option key={claim.id} value={claim.id}>
            {claim.main ? `Main claim: ${claim.wording}` : claim.wording}
          </option>
        ))}
      </select>
    </label>
  )
}
