import type { Stance } from '../story/codebook'
import type { ClaimStance } from '../story/schema'
import type { ClaimView } from './claims'
import type { StatementRow } from './view-model'

/**
 * The claim filter (`claim=<id>`): the statements that address a claim, each shown with its
 * stance on that claim. Every view, count, chart and export then works on these rows as it
 * works on the story's, so none of them needs to know about claims. Without the filter the
 * rows are the story's own, shown against the main claim.
 */

export interface ClaimSelection {
  /** The rows to show: the story's, or those addressing the chosen claim. */
  rows: readonly StatementRow[]
  /** The chosen claim; null without a claim filter (or with an unknown one). */
  claim: ClaimView | null
  /** The URL named a claim this story does not have: the page says so, and shows the main claim. */
  notFound: boolean
}

// Made once per rows array and claim, so that going back to a claim gives the same rows
// (and its tables their cached sorts and search index).
const cache = new WeakMap<readonly StatementRow[], Map<string, readonly StatementRow[]>>()

// Which rows take a stance on each further claim, by index: one pass over the story, made
// once (ahead of time for a large story), so that choosing a claim visits only its rows.
const byClaim = new WeakMap<readonly StatementRow[], Map<string, number[]>>()

/** The indexes of the rows that take a stance on each further claim. */
export function claimIndexes(rows: readonly StatementRow[]): Map<string, number[]> {
  let indexes = byClaim.get(rows)
  if (indexes) return indexes
  indexes = new Map()
  for (let i = 0; i < rows.length; i++)
    for (const stance of rows[i]!.claimStances) {
      const list = indexes.get(stance.claim)
      if (list) list.push(i)
      else indexes.set(stance.claim, [i])
    }
  byClaim.set(rows, indexes)
  return indexes
}

/**
 * The rows that address a claim. On the main claim they are the story's own rows with a
 * stance; on a further claim, copies showing the stance on it, which keep the stance on
 * the main claim in `main`.
 */
export function rowsOnClaim(
  rows: readonly StatementRow[],
  claimId: string,
  mainId: string,
): readonly StatementRow[] {
  let made = cache.get(rows)
  if (!made) cache.set(rows, (made = new Map()))
  let shown = made.get(claimId)
  if (shown) return shown
  if (claimId === mainId) shown = rows.filter((row) => row.stance !== null)
  else
    shown = (claimIndexes(rows).get(claimId) ?? []).map((i) => {
      const row = rows[i]!
      const stance = row.claimStances.find((s) => s.claim === claimId)!
      return {
        ...row,
        stance: stance.value,
        stanceLabel: stance.label,
        main: { stance: row.stance, label: row.stanceLabel },
      }
    })
  made.set(claimId, shown)
  return shown
}

/** The claim a URL's `claim` names, among the story's claims. */
export function selectClaim(
  rows: readonly StatementRow[],
  claims: readonly ClaimView[],
  claimId: string | null,
): ClaimSelection {
  if (claimId === null) return { rows, claim: null, notFound: false }
  const claim = claims.find((c) => c.id === claimId)
  if (!claim) return { rows, claim: null, notFound: true }
  return { rows: rowsOnClaim(rows, claim.id, claims[0]!.id), claim, notFound: false }
}

/** A row's stance on the story's main claim, whichever claim it is shown against. */
export function mainStanceOf(row: StatementRow): { stance: Stance | null; label: string | null } {
  return row.main ?? { stance: row.stance, label: row.stanceLabel }
}

/** Every stance a row takes, on the main claim first, then the further claims in order. */
export function stancesOf(row: StatementRow, mainId: string): ClaimStance[] {
  const main = mainStanceOf(row)
  return main.stance === null
    ? row.claimStances
    : [{ claim: mainId, value: main.stance, label: main.label! }, ...row.claimStances]
}
