'use client'

import type { ClaimChoice } from '@/lib/commands/claims/schema'
import type { StanceOnClaim } from '@/lib/edits/statement'
import { STANCES } from '@/lib/story/codebook'
import { STANCE_NAMES } from '@/lib/story/vocabulary'
import { INPUT, Rule } from './fields'

export type { ClaimChoice }

/** "Does not address it": no stance on the claim, nothing saved for it. */
const NONE = ''

/**
 * A statement's stances on the story's further claims: for each claim, a stance (or
 * none: the statement does not address it) and, once chosen, its label. No stance is
 * set by default. A refusal naming `stances.<i>` marks that claim's fields.
 */
export function ClaimStances({
  claims,
  stances,
  idPrefix,
  error,
  subject,
  onChange,
  onCommit,
  children,
}: {
  children?: React.ReactNode
  /** Names the card the fields belong to, on a page of several (a draft in review). */
  subject?: string
  /** The editor left a label: a page that saves as one goes (a review) saves it then. */
  onCommit?: () => void
  claims: readonly ClaimChoice[]
  stances: readonly StanceOnClaim[]
  idPrefix: string
  error?: { field: string; id: string } | null
  onChange: (next: StanceOnClaim[]) => void
}) {
  const invalidAt = (claim: string) => {
    const i = stances.findIndex((s) => s.claim === claim)
    return error !== null && error !== undefined && i >= 0 && error.field.startsWith(`stances.${i}`)
  }
  const set = (claim: string, change: { value?: string; label?: string }) => {
    const had = stances.find((s) => s.claim === claim)
    if (change.value === NONE) return onChange(stances.filter((s) => s.claim !== claim))
    if (had) return onChange(stances.map((s) => (s.claim === claim ? { ...s, ...change } : s)))
    // Added in the story's claim order.
    const next = [...stances, { claim, value: change.value ?? '', label: change.label ?? '' }]
    const order = new Map(claims.map((c, i) => [c.id, i]))
    onChange(next.sort((a, b) => (order.get(a.claim) ?? 0) - (order.get(b.claim) ?? 0)))
  }
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-600">
      <legend className="px-1 text-sm font-medium">
        Stances on further claims <Rule section="claims">Rule: claims</Rule>
      </legend>
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        Only where the statement’s own words take a side on the claim; otherwise leave “Does not address it”.
      </p>
      {claims.map((claim, n) => {
        const stance = stances.find((s) => s.claim === claim.id)
        const id = `${idPrefix}-claim-${n}`
        const invalid = invalidAt(claim.id) || undefined
        const describedBy = invalid ? error?.id : undefined
        return (
          <div key={claim.id} className="space-y-1">
            <label htmlFor={id} className="block text-sm">
              <span className="sr-only">Stance on the claim: </span>
              {claim.wording}
              {subject !== undefined ? <span className="sr-only">, {subject}</span> : null}
            </label>
            <select
              id={id}
              value={stance?.value ?? NONE}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set(claim.id, { value: e.target.value })}
              className={INPUT}
            >
              <option value={NONE}>Does not address it</option>
              {STANCES.map((value) => (
                <option key={value} value={value}>
                  {STANCE_NAMES[value]}
                </option>
              ))}
            </select>
            {stance ? (
              <div>
                <label htmlFor={`${id}-label`} className="block text-xs">
                  Label
                  <span className="sr-only">
                    {' '}
                    of the stance on: {claim.wording}
                    {subject !== undefined ? `, ${subject}` : ''}
                  </span>
                </label>
                <input
                  id={`${id}-label`}
                  type="text"
                  value={stance.label}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onChange={(e) => set(claim.id, { label: e.target.value })}
                  onBlur={onCommit}
                  className={INPUT}
                />
              </div>
            ) : null}
          </div>
        )
      })}
      {children}
    </fieldset>
  )
}
