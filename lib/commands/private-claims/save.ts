import '../server-only'
import { settledStances } from '../../coding/private-claims'
import { isPrivateClaim } from '../../coding/private-claims'
import type { ReviewDraft, ReviewNonResponse } from '../../import/review-draft'
import type { StoreDb } from '../../store/db'
import { privateClaimsFor } from '../../store/private-claims'
import { invalid } from '../errors'

/**
 * A settlement's drafts as "Save to story" saves them: each stance on a coder's claim goes
 * onto the shared claim it was kept as or merged into, or goes with it if it was dropped.
 * A stance on a coder's claim not settled yet refuses the save: nothing private reaches
 * the story unless an editor kept it.
 */
export async function withSettledClaims(
  tx: StoreDb,
  head: { id: string; codingId: string | null; coder: string | null },
  drafts: ReviewDraft[],
): Promise<ReviewDraft[]> {
  const claims = await privateClaimsFor(tx, head)
  if (claims.length === 0) return drafts
  const byId = new Map(claims.map((claim) => [claim.id, claim]))
  const waiting = new Set<string>()
  const out = drafts.map((draft) => {
    const { stances, unsettled } = settledStances(draft.stances, byId)
    for (const claim of unsettled) waiting.add(claim.wording || 'a claim no longer known')
    return { ...draft, stances }
  })
  if (waiting.size > 0)
    throw invalid(
      'review',
      `Settle the coders’ own claims first (keep, merge or drop each), so nothing private reaches the story: ${[...waiting].map((w) => `“${w}”`).join(', ')}.`,
    )
  return out
}

/**
 * A settlement's non-responses as "Save to story" saves them: the settlement of a coder's
 * claim re-pointed (kept, merged) or removed (dropped) each one naming it, so one still
 * naming a coder's claim names a claim not settled yet, and refuses the save.
 */
export async function checkSettledNonResponses(
  tx: StoreDb,
  head: { id: string; codingId: string | null; coder: string | null },
  silent: readonly ReviewNonResponse[],
): Promise<void> {
  const waiting = silent.filter((n) => isPrivateClaim(n.claim))
  if (waiting.length === 0) return
  const byId = new Map((await privateClaimsFor(tx, head)).map((claim) => [claim.id, claim.wording]))
  const words = [...new Set(waiting.map((n) => byId.get(n.claim) ?? 'a claim no longer known'))]
  throw invalid(
    'review',
    `Settle the coders’ own claims first (keep, merge or drop each), so nothing private reaches the story: ${words.map((w) => `“${w}”`).join(', ')}.`,
  )
}
