import { CARD } from '@/components/card'
import type { PrivateClaim } from '@/lib/coding/private-claims'
import type { ClaimChoice } from '@/lib/commands/claims/schema'
import { PrivateClaimSettle } from './private-claim-settle'

/**
 * The claims the coders created in their blind reviews, on the settlement's page: who
 * created each, and how it was settled, or the editor's choice of keep, merge or drop.
 */
export function PrivateClaimsSection({
  claims,
  coderOf,
  settlementId,
  storyClaims,
  shared,
}: {
  claims: PrivateClaim[]
  /** "first coder (Name)" for a claim's review. */
  coderOf: (reviewId: string) => string
  /** Null once the settlement is saved: nothing left to settle. */
  settlementId: string | null
  /** The story's further claims, and the shared list's others: what a claim may merge into. */
  storyClaims: ClaimChoice[]
  shared: ClaimChoice[]
}) {
  const wordingOf = new Map([...storyClaims, ...shared, ...claims].map((c) => [c.id, c.wording]))
  const outcome = (claim: PrivateClaim) => {
    const target = claim.outcomeClaimId ? wordingOf.get(claim.outcomeClaimId) : undefined
    switch (claim.outcome) {
      case 'kept':
        return 'Kept: it is a claim of the story now.'
      case 'merged':
        return `Merged into “${target ?? 'another claim'}”.`
      case 'dropped':
        return 'Dropped, with its stances.'
      default:
        return settlementId ? 'Not settled yet.' : 'Not settled; nothing of it went into the story.'
    }
  }
  return (
    <section aria-labelledby="coders-claims" className="mt-6">
      <h2 id="coders-claims" className="text-lg font-semibold">
        Claims the coders created
      </h2>
      {claims.length === 0 ? (
        <p className="mt-2">None: both coders used the story’s claims only.</p>
      ) : (
        <>
          <p className="mt-2">
            Each stays out of the story and the shared list until an editor keeps it. Keep it, merge it into
            another claim (two coders’ same words are two claims until merged), or drop it with its stances.
          </p>
          <ul className="mt-2 space-y-3">
            {claims.map((claim) => (
              <li key={claim.id} className={`p-4 ${CARD}`}>
                <p className="font-medium">“{claim.wording}”</p>
                <p className="text-sm">
                  Created by the {coderOf(claim.reviewId)}. {outcome(claim)}
                </p>
                {claim.outcome === null && settlementId && (
                  <PrivateClaimSettle
                    settlementId={settlementId}
                    claim={{ id: claim.id, wording: claim.wording }}
                    targets={[
                      { label: 'The story’s claims', claims: storyClaims },
                      {
                        label: 'The coders’ other claims',
                        claims: claims
                          .filter((other) => other.id !== claim.id && other.outcome === null)
                          .map((other) => ({
                            id: other.id,
                            wording: `${other.wording} (${coderOf(other.reviewId)})`,
                          })),
                      },
                      { label: 'The shared list', claims: shared },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
