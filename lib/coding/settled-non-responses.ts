import type { ReviewNonResponse } from '../import/review-draft'

/**
 * The non-responses of an article coded twice, as its settlement carries them: one the two
 * coders both recorded (the same camp and the same claim) once, in the first coder's words;
 * one that only one coder recorded as that coder did, for an editor to keep or remove.
 * What the settlement still holds is what "Save to story" saves.
 */

type NonResponse = Omit<ReviewNonResponse, 'version'>

export type RecordedBy = 'both' | 'first' | 'second'

/** A non-response is the same for both coders when it names the same camp and claim. */
const key = (n: Pick<NonResponse, 'perspective' | 'claim'>) => JSON.stringify([n.perspective, n.claim])

/** The settlement's first non-responses (ids n1, n2, … in the article's order), each with who recorded it. */
export function settlementNonResponses(
  a: readonly NonResponse[],
  b: readonly NonResponse[],
): { nonResponse: NonResponse; recordedBy: RecordedBy }[] {
  const inB = new Set(b.map(key))
  const inA = new Set(a.map(key))
  const merged = [
    ...a.map((n) => ({ nonResponse: n, recordedBy: (inB.has(key(n)) ? 'both' : 'first') as RecordedBy })),
    ...b.filter((n) => !inA.has(key(n))).map((n) => ({ nonResponse: n, recordedBy: 'second' as RecordedBy })),
  ]
  // The article's order; the first coder's first where two start at one place (a stable sort).
  merged.sort((x, y) => x.nonResponse.start - y.nonResponse.start)
  return merged.map(({ nonResponse, recordedBy }, i) => ({
    nonResponse: { ...nonResponse, id: `n${i + 1}` },
    recordedBy,
  }))
}

export interface ComparedNonResponse<N extends NonResponse> {
  perspective: string
  claim: string
  first: N | null
  second: N | null
  /** The settlement's, while it holds it; null once an editor removed it (or before it exists). */
  kept: N | null
}

/** Both coders' non-responses side by side, each with the settlement's, for the adjudication view. */
export function compareNonResponses<N extends NonResponse>(
  a: readonly N[],
  b: readonly N[],
  settlement: readonly N[],
): ComparedNonResponse<N>[] {
  return settlementNonResponses(a, b).map(({ nonResponse }) => {
    const same = (n: N) => key(n) === key(nonResponse)
    return {
      perspective: nonResponse.perspective,
      claim: nonResponse.claim,
      first: a.find(same) ?? null,
      second: b.find(same) ?? null,
      kept: settlement.find(same) ?? null,
    }
  })
}
