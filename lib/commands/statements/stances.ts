import '../server-only'
import { and, eq } from 'drizzle-orm'
import type { StanceOnClaim } from '../../edits/statement'
import { readStoryClaims } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import { invalid } from '../errors'

/**
 * A statement's stances on further claims, against the story as it is now: each claim
 * must be one of the story's further claims (the main claim is the statement's `stance`),
 * or, on a draft of a blind coding, one of its private claims (lib/coding/private-claims).
 * Returns them in the story's claim order, the order every read gives them in.
 */
export async function checkStances(
  tx: StoreDb,
  storyId: string,
  stances: readonly StanceOnClaim[],
  refusal = (message: string) => message,
  /** A blind coding's private claims the draft may also take stances on, after the story's. */
  privateClaimIds: readonly string[] = [],
): Promise<StanceOnClaim[]> {
  const claims = await readStoryClaims(tx, storyId)
  const order = new Map(
    [...claims.map((claim) => claim.id), ...privateClaimIds].map((id, position) => [id, position]),
  )
  stances.forEach((stance, i) => {
    const position = order.get(stance.claim)
    if (position === 0)
      throw invalid(
        `stances.${i}.claim`,
        refusal(
          'The main claim is the story’s question: set it as the statement’s stance, not as a stance on a further claim.',
        ),
      )
    if (position === undefined)
      throw invalid(
        `stances.${i}.claim`,
        refusal(`“${stance.claim}” is not one of this story’s claims: add the claim to the story first.`),
      )
  })
  return [...stances]
    .sort((a, b) => order.get(a.claim)! - order.get(b.claim)!)
    .map(({ claim, value, label }) => ({ claim, value, label }))
}

/** Replaces the statement's stance rows with `stances` (already checked). */
export async function writeStances(
  tx: StoreDb,
  storyId: string,
  statementId: string,
  stances: readonly StanceOnClaim[],
): Promise<void> {
  await tx
    .delete(c.statementStances)
    .where(and(eq(c.statementStances.storyId, storyId), eq(c.statementStances.statementId, statementId)))
  if (stances.length > 0)
    await tx
      .insert(c.statementStances)
      .values(
        stances.map((s) => ({ storyId, statementId, claimId: s.claim, value: s.value, label: s.label })),
      )
}
