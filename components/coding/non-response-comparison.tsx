import { CARD } from '@/components/card'
import { RemoveNonResponse } from '@/components/coding/remove-non-response'
import type { ComparedNonResponse } from '@/lib/coding/settled-non-responses'
import type { ReviewNonResponse } from '@/lib/import/review-draft'
import { formatIsoDate } from '@/lib/view/source-date'

/**
 * The coders' non-responses in the adjudication view: each camp and claim either coder
 * recorded, what each recorded, and whether the settlement keeps it. One both recorded is
 * kept once; one a single coder recorded is marked, for an editor to keep or remove.
 */
export function NonResponseComparison({
  compared,
  settlementId,
  campLabel,
  claimWording,
}: {
  compared: readonly ComparedNonResponse<ReviewNonResponse>[]
  /** The open settlement, where a non-response may still be removed; null once it is saved. */
  settlementId: string | null
  campLabel: (id: string) => string
  claimWording: (id: string) => string
}) {
  const recorded = (n: ReviewNonResponse | null) =>
    n === null
      ? 'Not recorded.'
      : `“${n.text}”, as of ${n.asOf ? formatIsoDate(n.asOf) : 'the article’s date'}.`
  return (
    <section aria-labelledby="non-responses-heading">
      <h2 id="non-responses-heading" className="mt-6 text-lg font-semibold">
        Non-responses the coders recorded
      </h2>
      {compared.length === 0 ? (
        <p className="mt-2">None: neither coder recorded that a camp did not respond to a claim.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {compared.map((c) => {
            const who = campLabel(c.perspective)
            const what = claimWording(c.claim)
            const differs = c.first === null || c.second === null
            return (
              <li key={`${c.perspective}-${c.claim}`} className={`p-4 text-sm ${CARD}`}>
                <h3 className="font-medium">
                  {who}: no public response to “{what}”
                  {differs && (
                    <span className="ml-1 font-semibold">
                      (differs: recorded by the {c.first === null ? 'second' : 'first'} coder only)
                    </span>
                  )}
                </h3>
                <p className="mt-1">First coder: {recorded(c.first)}</p>
                <p>Second coder: {recorded(c.second)}</p>
                <p className="mt-1">
                  Settled:{' '}
                  {c.kept === null
                    ? 'removed: it does not go into the story.'
                    : differs
                      ? 'kept: it goes into the story unless you remove it.'
                      : 'kept, as both coders recorded it.'}
                </p>
                {differs && c.kept !== null && settlementId !== null && (
                  <RemoveNonResponse
                    reviewId={settlementId}
                    nonResponse={c.kept}
                    label={`Remove the non-response of ${who} on “${what}”`}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
