import { z } from 'zod'
import { wording } from '../../story/fields'
import { endpoint } from '../endpoint'

/** A story's claims (editors): a claim from the shared list, or a new one, added to the story. */

/** A claim as a form offers it. */
export interface ClaimChoice {
  id: string
  wording: string
}

export const CLAIM_WORDING_MAX = 500

/**
 * Adds a further claim at the end of the story's claims: one from the shared list (by its
 * id), or a new one by its wording. A wording the store already holds is that claim.
 */
export const addStoryClaim = endpoint<{ claim: ClaimChoice; claims: ClaimChoice[] }>()({
  method: 'POST',
  path: '/api/stories/[id]/claims',
  access: 'editor',
  input: z
    .strictObject({
      claimId: z.string({ error: 'Choose a claim.' }).min(1, 'Choose a claim.').max(200).optional(),
      wording: wording('The claim’s wording', CLAIM_WORDING_MAX).optional(),
    })
    .refine((v) => (v.claimId === undefined) !== (v.wording === undefined), {
      message: 'Pick a claim from the list, or write a new one.',
      path: ['wording'],
    }),
})

/**
 * Rewords a claim everywhere it is used (editors). `expected` is the wording the editor
 * started from: another editor's rewording meanwhile is a conflict, not overwritten.
 */
export const rewordClaim = endpoint<{ claim: ClaimChoice; stories: string[] }>()({
  method: 'PATCH',
  path: '/api/claims/[id]',
  access: 'editor',
  input: z.strictObject({
    expected: z.string({ error: 'The wording you started from is missing.' }).max(CLAIM_WORDING_MAX * 4),
    wording: wording('The claim’s wording', CLAIM_WORDING_MAX),
  }),
})

/**
 * Merges the claim into another (editors): its stances, non-responses and place in each
 * story move to the survivor, and its old id and slug redirect there.
 */
export const mergeClaim = endpoint<{
  into: { id: string; slug: string; wording: string }
  stories: string[]
}>()({
  method: 'POST',
  path: '/api/claims/[id]/merge',
  access: 'editor',
  input: z.strictObject({
    into: z
      .string({ error: 'Choose the claim to merge into.' })
      .min(1, 'Choose the claim to merge into.')
      .max(200),
  }),
})
