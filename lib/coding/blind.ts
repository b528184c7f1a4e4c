/**
 * The rule of blind double coding, in one place: until both coders have marked their
 * coding done, a coder's review shows its content (drafts, choices, counts) to that coder
 * alone. Every page, route and export asks here before it shows a review's content.
 */

export interface CodedReview {
  /** Shared by the two coders' reviews (and the settlement); null on a plain review. */
  codingId: string | null
  /** The coder (`user:<email>`) on a coder's review; null otherwise. */
  coder: string | null
  codedAt: Date | null
}

/** True once both coders of the coding have marked their coding done. */
export const bothCoded = (coders: readonly Pick<CodedReview, 'codedAt'>[]) =>
  coders.length === 2 && coders.every((c) => c.codedAt !== null)

/**
 * May `actor` (`user:<email>`, or null with no session) see the content of `review`?
 * `coders` are the coding's two coder reviews (empty for a plain review).
 */
export function mayOpen(
  review: CodedReview,
  coders: readonly Pick<CodedReview, 'codedAt'>[],
  actor: string | null,
): boolean {
  if (review.coder === null) return true
  return bothCoded(coders) || (actor !== null && actor === review.coder)
}

/** A coder's email, from the actor the store keeps. */
export const coderEmail = (actor: string) => actor.replace(/^user:/, '')
