import { STANCES, type Stance } from '../story/codebook'
import { stancesOf } from './claim-rows'
import type { ClaimView, NonResponseView } from './claims'
import type { StatementRow } from './view-model'

/**
 * The claim matrix: claims down (the main claim first), camps across (in story order).
 * A cell holds the camp's stances on the claim, counted per stance with the speakers who
 * took them, and any non-response; a camp with neither is silent. A row is marked "split"
 * when one camp supports the claim and another rejects it, and "agree" when two or more
 * camps spoke and none took the opposite side.
 */

export type CellStatus = 'stance' | 'no response' | 'silent'
export type RowMark = 'split' | 'agree' | null

/** Speakers listed in a cell per stance, and statements linked per speaker. */
export const CELL_SPEAKERS = 6
export const SPEAKER_LINKS = 3

export interface CellSpeaker {
  speaker: string
  /** Their statements at this stance on this claim: the first SPEAKER_LINKS. */
  rows: StatementRow[]
  count: number
}

export interface CellStance {
  stance: Stance
  count: number
  /** The first CELL_SPEAKERS speakers, in the order the rows came. */
  speakers: CellSpeaker[]
  /** How many speakers took this stance here, listed or not. */
  speakerCount: number
}

export interface ClaimCell {
  perspectiveId: string
  /** Only the stances taken, in the scale's order. */
  stances: CellStance[]
  total: number
  nonResponses: NonResponseView[]
  status: CellStatus
}

export interface ClaimMatrixRow {
  claim: ClaimView
  cells: ClaimCell[]
  mark: RowMark
}

/** The row's mark from the stances each camp took (camps in any order). */
export function rowMark(cells: readonly Pick<ClaimCell, 'stances' | 'total'>[]): RowMark {
  const spoke = cells.filter((cell) => cell.total > 0)
  const supporting = spoke.map((cell, i) => (cell.stances.some((s) => s.stance === 'supports') ? i : -1))
  const rejecting = spoke.map((cell, i) => (cell.stances.some((s) => s.stance === 'rejects') ? i : -1))
  const supporters = supporting.filter((i) => i >= 0)
  const rejecters = rejecting.filter((i) => i >= 0)
  if (supporters.some((a) => rejecters.some((b) => b !== a))) return 'split'
  if (spoke.length >= 2 && (supporters.length === 0 || rejecters.length === 0)) return 'agree'
  return null
}

interface Tally {
  counts: Int32Array
  bySpeaker: Map<string, CellSpeaker>[]
}

/**
 * The matrix of `claims` over `perspectiveIds` from the rows shown (already filtered), with
 * the story's non-responses. One pass over the rows' stances, whatever the story's size.
 */
export function claimMatrix(
  rows: readonly StatementRow[],
  claims: readonly ClaimView[],
  perspectiveIds: readonly string[],
  nonResponses: readonly NonResponseView[],
  mainId: string,
): ClaimMatrixRow[] {
  const claimIndex = new Map(claims.map((claim, i) => [claim.id, i]))
  const campIndex = new Map(perspectiveIds.map((id, i) => [id, i]))
  const stanceIndex = new Map(STANCES.map((stance, i) => [stance, i]))
  const tallies: Tally[] = Array.from({ length: claims.length * perspectiveIds.length }, () => ({
    counts: new Int32Array(STANCES.length),
    bySpeaker: STANCES.map(() => new Map()),
  }))
  for (const row of rows) {
    const camp = campIndex.get(row.perspectiveId)
    if (camp === undefined) continue
    for (const stance of stancesOf(row, mainId)) {
      const claim = claimIndex.get(stance.claim)
      if (claim === undefined) continue
      const tally = tallies[claim * perspectiveIds.length + camp]!
      const k = stanceIndex.get(stance.value)!
      tally.counts[k]! += 1
      const speakers = tally.bySpeaker[k]!
      let entry = speakers.get(row.speaker)
      if (!entry) speakers.set(row.speaker, (entry = { speaker: row.speaker, rows: [], count: 0 }))
      entry.count += 1
      if (entry.rows.length < SPEAKER_LINKS) entry.rows.push(row)
    }
  }
  return claims.map((claim, c) => {
    const cells = perspectiveIds.map((perspectiveId, p): ClaimCell => {
      const tally = tallies[c * perspectiveIds.length + p]!
      const stances = STANCES.flatMap((stance, k): CellStance[] => {
        const count = tally.counts[k]!
        if (count === 0) return []
        const speakers = [...tally.bySpeaker[k]!.values()]
        return [{ stance, count, speakers: speakers.slice(0, CELL_SPEAKERS), speakerCount: speakers.length }]
      })
      const total = stances.reduce((sum, s) => sum + s.count, 0)
      const silent = nonResponses.filter((n) => n.claimId === claim.id && n.perspectiveId === perspectiveId)
      return {
        perspectiveId,
        stances,
        total,
        nonResponses: silent,
        status: total > 0 ? 'stance' : silent.length > 0 ? 'no response' : 'silent',
      }
    })
    return { claim, cells, mark: rowMark(cells) }
  })
}
