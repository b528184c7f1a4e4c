import { STANCES, type Stance } from '../story/codebook'
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

/**
 * Speakers listed in a cell per stance, each linked to their first statement there: a
 * cell of a large story would otherwise list thousands of links.
 */
export const CELL_SPEAKERS = 4
export const SPEAKER_LINKS = 1

export interface CellSpeaker {
  speaker: string
  /** Their statements at this stance on this claim: the first SPEAKER_LINKS of `count`. */
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

const STANCE_INDEX = Object.fromEntries(STANCES.map((stance, i) => [stance, i])) as Record<Stance, number>

interface MatrixInput {
  rows: readonly StatementRow[]
  claims: readonly ClaimView[]
  perspectiveIds: readonly string[]
  nonResponses: readonly NonResponseView[]
  mainId: string
}

/**
 * The counting of a matrix, one row at a time: first each row's speaker as a small number
 * (`code`), then its stances counted into flat arrays (`add`). At 50,000 rows no object is
 * made per row or per stance, and a cell keeps only the speakers it lists. Split in two so
 * that a large story can count while the browser is idle (prepareClaimMatrix).
 */
function tallier({ rows, claims, perspectiveIds, mainId }: MatrixInput) {
  const claimIndex = new Map(claims.map((claim, i) => [claim.id, i]))
  const campIndex = new Map(perspectiveIds.map((id, i) => [id, i]))
  const K = STANCES.length
  // A "slot" is one claim, camp and stance: one cell's count of one stance.
  const slots = claims.length * perspectiveIds.length * K
  const speakerCode = new Map<string, number>()
  const codes = new Int32Array(rows.length)
  const counts = new Int32Array(slots)
  const speakerCounts = new Int32Array(slots)
  /** For each slot and speaker: 0 unseen, -1 seen but not listed, else 1 + its place in `listed`. */
  let seen = new Int32Array(0)
  let speakers = 0
  const listed: CellSpeaker[][] = Array.from({ length: slots }, () => [])
  const count = (i: number, camp: number, claim: number | undefined, value: Stance) => {
    if (claim === undefined) return
    const slot = (claim * perspectiveIds.length + camp) * K + STANCE_INDEX[value]
    counts[slot]! += 1
    const at = slot * speakers + codes[i]!
    let mark = seen[at]!
    if (mark === 0) {
      speakerCounts[slot]! += 1
      const list = listed[slot]!
      if (list.length < CELL_SPEAKERS) {
        list.push({ speaker: rows[i]!.speaker, rows: [], count: 0 })
        mark = list.length
      } else mark = -1
      seen[at] = mark
    }
    if (mark > 0) {
      const entry = listed[slot]![mark - 1]!
      entry.count += 1
      if (entry.rows.length < SPEAKER_LINKS) entry.rows.push(rows[i]!)
    }
  }
  const main = claimIndex.get(mainId)
  return {
    code(i: number) {
      const name = rows[i]!.speaker
      let code = speakerCode.get(name)
      if (code === undefined) speakerCode.set(name, (code = speakerCode.size))
      codes[i] = code
    },
    /** After every row has its code: room for each slot's speakers. */
    begin() {
      speakers = speakerCode.size
      seen = new Int32Array(slots * speakers)
    },
    add(i: number) {
      const row = rows[i]!
      const camp = campIndex.get(row.perspectiveId)
      if (camp === undefined) return
      // The main claim's stance is read in place: no array per row.
      const own = row.main ? row.main.stance : row.stance
      if (own !== null) count(i, camp, main, own)
      for (const stance of row.claimStances) count(i, camp, claimIndex.get(stance.claim), stance.value)
    },
    counts,
    speakerCounts,
    listed,
  }
}

// The last matrix of each rows array, so that opening the view again, or after the idle
// preparation, costs nothing.
const made = new WeakMap<readonly StatementRow[], { key: string; matrix: ClaimMatrixRow[] }>()
const keyOf = ({ claims, perspectiveIds, nonResponses, mainId }: MatrixInput) =>
  [claims.map((c) => c.id).join(' '), perspectiveIds.join(' '), nonResponses.length, mainId].join('|')

/**
 * The matrix of `claims` over `perspectiveIds` from the rows shown (already filtered), with
 * the story's non-responses.
 */
export function claimMatrix(
  rows: readonly StatementRow[],
  claims: readonly ClaimView[],
  perspectiveIds: readonly string[],
  nonResponses: readonly NonResponseView[],
  mainId: string,
): ClaimMatrixRow[] {
  const input = { rows, claims, perspectiveIds, nonResponses, mainId }
  const key = keyOf(input)
  const hit = made.get(rows)
  if (hit?.key === key) return hit.matrix
  const tally = tallier(input)
  for (let i = 0; i < rows.length; i++) tally.code(i)
  tally.begin()
  for (let i = 0; i < rows.length; i++) tally.add(i)
  const matrix = finish(input, tally)
  made.set(rows, { key, matrix })
  return matrix
}

/**
 * Counts a large story's matrix while the browser is idle, a slice of rows at a time, so
 * that opening the Claims view finds it made. Returns a cancel function.
 */
export function prepareClaimMatrix(
  input: MatrixInput,
  whenIdle: (count: number, work: (i: number) => void, done: () => void) => () => void,
): () => void {
  if (made.get(input.rows)?.key === keyOf(input)) return () => {}
  const tally = tallier(input)
  // The counting starts once every speaker has its number; either stage can be cancelled.
  let cancelled = false
  let stopCounting = () => {}
  const stopCoding = whenIdle(input.rows.length, tally.code, () => {
    if (cancelled) return
    tally.begin()
    stopCounting = whenIdle(input.rows.length, tally.add, () =>
      made.set(input.rows, { key: keyOf(input), matrix: finish(input, tally) }),
    )
  })
  return () => {
    cancelled = true
    stopCoding()
    stopCounting()
  }
}

function finish(
  { claims, perspectiveIds, nonResponses }: MatrixInput,
  { counts, speakerCounts, listed }: ReturnType<typeof tallier>,
): ClaimMatrixRow[] {
  const K = STANCES.length
  return claims.map((claim, c) => {
    const cells = perspectiveIds.map((perspectiveId, p): ClaimCell => {
      const first = (c * perspectiveIds.length + p) * K
      const stances = STANCES.flatMap((stance, k): CellStance[] => {
        const slot = first + k
        if (counts[slot] === 0) return []
        return [{ stance, count: counts[slot]!, speakers: listed[slot]!, speakerCount: speakerCounts[slot]! }]
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
