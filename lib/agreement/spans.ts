/**
 * Units of agreement are statements, and two codings' statements are the same unit when
 * their spans (character offsets into one source text) match: one to one, each pair
 * overlapping by at least half of each span, the largest overlaps matched first. Who the
 * speaker is plays no part: that is one of the fields measured on the pairs.
 *
 * "Overlap" is intersection over union of the two character ranges: symmetric, 1 only for
 * identical spans, and lower for a span that runs short or long on either side, which an
 * overlap measured on one span alone would not see. The half-of-each rule keeps every
 * pair's overlap at 1/3 or more (the union is at most three times the intersection).
 */

export interface Span {
  start: number
  end: number
}

const intersection = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** True when the spans share at least half of each; empty spans never pair. */
export function overlapsByHalf(a: Span, b: Span): boolean {
  const shared = intersection(a, b)
  return shared > 0 && shared * 2 >= a.end - a.start && shared * 2 >= b.end - b.start
}

/** Intersection over union of two spans' characters, from 0 (apart) to 1 (the same span). */
export function spanOverlap(a: Span, b: Span): number {
  const shared = intersection(a, b)
  if (shared === 0) return 0
  return shared / (a.end - a.start + (b.end - b.start) - shared)
}

export interface SpanPair<S extends Span> {
  a: S
  b: S
  /** Positions in the lists given. */
  aIndex: number
  bIndex: number
  /** Intersection over union (spanOverlap). */
  overlap: number
}

export interface SpanPairing<S extends Span> {
  /** In the order of coding A's statements. */
  pairs: SpanPair<S>[]
  /** Statements found by one coder only, in their coding's order. */
  onlyA: { statement: S; index: number }[]
  onlyB: { statement: S; index: number }[]
}

/**
 * Pair coding A's statements with coding B's, within one source text. Greedy, largest
 * overlap first; ties go to the larger shared stretch, then to the earlier statements of
 * A, then of B, so the same codings always pair the same way.
 */
export function pairBySpans<S extends Span>(a: readonly S[], b: readonly S[]): SpanPairing<S> {
  const candidates: { ai: number; bi: number; shared: number; union: number }[] = []
  a.forEach((x, ai) =>
    b.forEach((y, bi) => {
      if (!overlapsByHalf(x, y)) return
      const shared = intersection(x, y)
      candidates.push({ ai, bi, shared, union: x.end - x.start + (y.end - y.start) - shared })
    }),
  )
  // Overlaps compared as exact fractions (cross-multiplied integers), not floats.
  candidates.sort(
    (p, q) => q.shared * p.union - p.shared * q.union || q.shared - p.shared || p.ai - q.ai || p.bi - q.bi,
  )
  const takenA = new Map<number, number>()
  const takenB = new Set<number>()
  for (const c of candidates) {
    if (takenA.has(c.ai) || takenB.has(c.bi)) continue
    takenA.set(c.ai, c.bi)
    takenB.add(c.bi)
  }
  const pairs = [...takenA]
    .sort(([x], [y]) => x - y)
    .map(([ai, bi]) => ({
      a: a[ai]!,
      b: b[bi]!,
      aIndex: ai,
      bIndex: bi,
      overlap: spanOverlap(a[ai]!, b[bi]!),
    }))
  return {
    pairs,
    onlyA: a.flatMap((statement, index) => (takenA.has(index) ? [] : [{ statement, index }])),
    onlyB: b.flatMap((statement, index) => (takenB.has(index) ? [] : [{ statement, index }])),
  }
}

export interface SpanAgreement {
  /** Every statement either coder found, a pair counting once. */
  units: number
  foundByBoth: number
  foundByAOnly: number
  foundByBOnly: number
  /** foundByBoth / units; null when neither coder found a statement. */
  share: number | null
  /** The mean overlap (intersection over union) of the pairs; null when there are none. */
  meanOverlap: number | null
  /** Why a figure is null, in words. */
  undefinedReason: string | null
}

/** Span agreement over one or more pairings (one per article), pooled. */
export function spanAgreement(pairings: readonly SpanPairing<Span>[]): SpanAgreement {
  let foundByBoth = 0
  let foundByAOnly = 0
  let foundByBOnly = 0
  let overlapSum = 0
  for (const pairing of pairings) {
    foundByBoth += pairing.pairs.length
    foundByAOnly += pairing.onlyA.length
    foundByBOnly += pairing.onlyB.length
    for (const pair of pairing.pairs) overlapSum += pair.overlap
  }
  const units = foundByBoth + foundByAOnly + foundByBOnly
  return {
    units,
    foundByBoth,
    foundByAOnly,
    foundByBOnly,
    share: units === 0 ? null : foundByBoth / units,
    meanOverlap: foundByBoth === 0 ? null : overlapSum / foundByBoth,
    undefinedReason:
      units === 0
        ? 'neither coder found a statement'
        : foundByBoth === 0
          ? 'no statement was found by both coders, so there is no overlap to measure'
          : null,
  }
}
