import { STANCES, type Stance } from '../story/codebook'
import type { StatementRow } from './view-model'

export interface CampSpread {
  perspectiveId: string
  /** Reviewed statements of the camp at each stance, in the scale's order. */
  counts: Record<Stance, number>
  /** Statements with a stance on the claim shown. */
  total: number
  /** Statements that do not address the claim shown: counted apart, never as a stance. */
  none: number
}

/**
 * Where each camp stands, as counts per stance: the picture at the top of a story.
 * Reviewed statements only: a draft is the extractor's reading, not yet a position.
 */
export function stanceSpread(rows: readonly StatementRow[], perspectiveIds: readonly string[]): CampSpread[] {
  const spreads = new Map(
    perspectiveIds.map((id) => [
      id,
      {
        perspectiveId: id,
        counts: Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>,
        total: 0,
        none: 0,
      },
    ]),
  )
  for (const row of rows) {
    const spread = spreads.get(row.perspectiveId)
    if (!spread) continue
    if (row.stance === null) {
      spread.none += 1
      continue
    }
    spread.counts[row.stance] += 1
    spread.total += 1
  }
  return [...spreads.values()]
}
