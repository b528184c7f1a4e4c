import { z } from 'zod'
import { wording } from '../../story/fields'
import { CLAIM_WORDING_MAX, type ClaimChoice } from '../claims/schema'
import { endpoint } from '../endpoint'

/**
 * Claims a blind coder creates in their review (lib/coding/private-claims): the coder
 * creates them, private to that review; once both coders are done, an editor settles
 * each at the settlement: keeps it, merges it into another claim, or drops it.
 */

/** The coder creates a claim of their own, private to their review until both are done. */
export const createPrivateClaim = endpoint<{ claim: ClaimChoice; claims: ClaimChoice[] }>()({
  method: 'POST',
  path: '/api/reviews/[id]/claims',
  access: 'editor',
  input: z.strictObject({ wording: wording('The claim’s wording', CLAIM_WORDING_MAX) }),
})

export const PRIVATE_OUTCOMES = ['keep', 'merge', 'drop'] as const

/**
 * An editor settles a coder's claim at the settlement (`id`: the settlement review): keep
 * it as a shared claim of the story, merge it into another claim (`into`: a claim of the
 * story, the shared list, or the other coder's), or drop it with its stances.
 */
export const settlePrivateClaim = endpoint<{
  outcome: 'kept' | 'merged' | 'dropped'
  claimId: string | null
}>()({
  method: 'POST',
  path: '/api/reviews/[id]/claims/[claimId]/settle',
  access: 'editor',
  input: z
    .strictObject({
      outcome: z.enum(PRIVATE_OUTCOMES, { error: 'Choose to keep, merge or drop the claim.' }),
      into: z
        .string({ error: 'Choose the claim to merge into.' })
        .min(1, 'Choose the claim to merge into.')
        .max(200)
        .optional(),
    })
    .refine((v) => (v.outcome === 'merge') === (v.into !== undefined), {
      message: 'Choose the claim to merge into (only when merging).',
      path: ['into'],
    }),
})
