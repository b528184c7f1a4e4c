import type { DraftStance } from '../import/review-draft'

/**
 * Claims a blind coder creates in their own review (issue 23 §1): private to that review
 * until both coders are done, then settled by an editor, each one kept (it becomes a
 * shared claim), merged into another claim, or dropped with its stances. Nothing here
 * reads the store: the rules, so the commands and the settlement page apply the same ones.
 */

/** Every private claim's id starts so; a shared claim's id (a slug) never can. */
export const PRIVATE_CLAIM_PREFIX = 'private:'

export const isPrivateClaim = (claimId: string) => claimId.startsWith(PRIVATE_CLAIM_PREFIX)

/** How the agreement report names a coder's own claim not settled yet: never by its words. */
export const UNSETTLED_OWN_CLAIM = 'a coder’s own claim, not settled yet'

export type PrivateOutcome = 'kept' | 'merged' | 'dropped'

/** A private claim as the store keeps it. */
export interface PrivateClaim {
  id: string
  /** The coder's review it was created in. */
  reviewId: string
  wording: string
  /** The coder who created it (`user:<email>`). */
  createdBy: string
  outcome: PrivateOutcome | null
  /** Kept: the shared claim it became; merged: the claim it went into (shared or private). */
  outcomeClaimId: string | null
  settledBy: string | null
  settledAt: Date | null
}

/** Where a stance on a claim goes once private claims are settled. */
export type Resolved =
  /** A shared claim (the stance stays, on that claim). */
  | { claimId: string }
  /** Dropped: the stance goes with the claim. */
  | { dropped: true }
  /** A private claim not settled yet. */
  | { unsettled: PrivateClaim }

/**
 * The claim a stance on `claimId` ends on: a shared claim is itself; a kept private claim
 * is the shared claim it became; a merged one follows its merge (into a private claim
 * that may itself be settled later). A private claim unknown here counts as unsettled.
 */
export function resolveClaim(claimId: string, privateClaims: ReadonlyMap<string, PrivateClaim>): Resolved {
  const seen = new Set<string>()
  let id = claimId
  while (isPrivateClaim(id)) {
    const claim = privateClaims.get(id)
    if (!claim || seen.has(id) || claim.outcome === null)
      return {
        unsettled: claim ?? {
          id,
          reviewId: '',
          wording: '',
          createdBy: '',
          outcome: null,
          outcomeClaimId: null,
          settledBy: null,
          settledAt: null,
        },
      }
    seen.add(id)
    if (claim.outcome === 'dropped') return { dropped: true }
    id = claim.outcomeClaimId!
  }
  return { claimId: id }
}

/**
 * The claim a coder's record on `claimId` stands on now: what a kept or merged claim became
 * (or the claim not settled yet it was merged into); itself otherwise, dropped or not a
 * coder's claim. The settlement page compares the coders' records with the settlement's so.
 */
export function nowOn(claimId: string, privateClaims: ReadonlyMap<string, PrivateClaim>): string {
  const resolved = resolveClaim(claimId, privateClaims)
  if ('claimId' in resolved) return resolved.claimId
  if ('unsettled' in resolved) return resolved.unsettled.id
  return claimId
}

/**
 * A settlement draft's stances with the stance on `from` moved to `to` (a keep or a
 * merge), or taken away (`to` null: a drop). On a settlement a stance on a coder's claim
 * is there only as an editor's settled reading of it (a take or an edit), so it replaces
 * a stance the draft already takes on `to`: one stance per claim, and the same result
 * whether the editor took the side before or after settling the claim (takeStance).
 */
export function moveStance(stances: readonly DraftStance[], from: string, to: string | null): DraftStance[] {
  const moved = stances.find((s) => s.claim === from)
  if (!moved) return [...stances]
  if (to === null) return stances.filter((s) => s.claim !== from)
  return stances.filter((s) => s.claim !== to).map((s) => (s.claim === from ? { ...s, claim: to } : s))
}

/** What taking a coder's stance on a claim did to the settlement's draft (takeStance). */
export type Taken =
  /** Written on `claimId`: the claim itself, or what a coder's claim was kept as or merged into. */
  | { on: string; stances: DraftStance[]; replaced: DraftStance | null }
  /** The coder's claim was dropped: there is nothing to write; the difference is closed so. */
  | { dropped: true; stances: DraftStance[] }

/**
 * Takes `taken` (a coder's stance on `claimId`, or none: that coder did not address it)
 * onto a settlement draft's stances. A coder's claim settled already is followed through
 * its settlement (resolveClaim): kept or merged, the stance goes onto the claim it became,
 * replacing the one the draft had there; dropped, nothing is written. A coder who did not
 * address a settled claim leaves the claim it became as it was: taking the side before
 * the keep or merge (moveStance) gives the same draft.
 */
export function takeStance(
  onto: readonly DraftStance[],
  claimId: string,
  taken: DraftStance | undefined,
  privateClaims: ReadonlyMap<string, PrivateClaim>,
): Taken {
  const resolved = resolveClaim(claimId, privateClaims)
  const rest = onto.filter((s) => s.claim !== claimId)
  if ('dropped' in resolved) return { dropped: true, stances: rest }
  const on = 'claimId' in resolved ? resolved.claimId : resolved.unsettled.id
  if (on === claimId)
    return { on, stances: [...rest, ...(taken ? [{ ...taken, claim: on }] : [])], replaced: null }
  if (!taken) return { on, stances: rest, replaced: null }
  return {
    on,
    stances: [...rest.filter((s) => s.claim !== on), { ...taken, claim: on }],
    replaced: rest.find((s) => s.claim === on) ?? null,
  }
}

/**
 * A draft's stances as they go into the story: each on the shared claim its private
 * claim was settled as, a dropped one gone. A stance on a private claim not settled yet
 * is returned apart: nothing private may reach the story.
 */
export function settledStances(
  stances: readonly DraftStance[],
  privateClaims: ReadonlyMap<string, PrivateClaim>,
): { stances: DraftStance[]; unsettled: PrivateClaim[] } {
  let out: DraftStance[] = []
  const unsettled: PrivateClaim[] = []
  for (const stance of stances) {
    const resolved = resolveClaim(stance.claim, privateClaims)
    if ('unsettled' in resolved) unsettled.push(resolved.unsettled)
    else if ('claimId' in resolved) {
      // Two private claims merged into one claim: the first stance on it stays.
      if (!out.some((s) => s.claim === resolved.claimId))
        out = [...out, { ...stance, claim: resolved.claimId }]
    }
  }
  return { stances: out, unsettled }
}
