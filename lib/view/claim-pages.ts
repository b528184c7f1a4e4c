import type { Stance } from '../story/codebook'
import { NO_RESPONSE } from '../story/vocabulary'
import type { ClaimCampCounts, StanceCounts } from '../story/claim-counts'
import { rowsOnClaim } from './claim-rows'
import { nonResponseTarget, type ClaimView, type NonResponseView } from './claims'
import { stanceLine } from './speakers'
import { compareByDate, dayNumber, type DateRange } from './timeline'
import type { StatementRow } from './view-model'
import type { WorkspacePerspective } from './workspace-data'

/**
 * A claim's page: every statement on the claim across the stories that use it, each shown
 * with its stance on this claim (never another's), grouped by story and camp, in date order,
 * and the non-responses on it. Camps belong to their story: two stories' camps are never
 * counted together, except in the chart, which draws one lane per camp name.
 */

/** What the page needs of each story that uses the claim. */
export interface ClaimStoryInput {
  storyId: string
  storyTitle: string
  claims: readonly ClaimView[]
  rows: readonly StatementRow[]
  perspectives: readonly { id: string; label: string }[]
  nonResponses: readonly NonResponseView[]
}

export interface ClaimStatement {
  storyId: string
  storyTitle: string
  /** The statement, its stance that on this claim (its main-claim stance kept in `main`). */
  row: StatementRow
}

export interface ClaimNonResponse {
  storyId: string
  storyTitle: string
  item: NonResponseView
  /** Its camp's label. */
  perspective: string
  /** The passage on its source's page. */
  href: string
}

export interface ClaimCamp {
  storyId: string
  storyTitle: string
  perspectiveId: string
  label: string
  counts: StanceCounts
  statements: ClaimStatement[]
  nonResponses: ClaimNonResponse[]
}

export interface ClaimPageView {
  /** Every statement on the claim, in date order (undated last). */
  statements: ClaimStatement[]
  /** Story by story (in the order given), camp by camp in each story's order. */
  camps: ClaimCamp[]
  nonResponses: ClaimNonResponse[]
  /** The stance-over-time chart's input: one lane per camp name. */
  chart: {
    rows: StatementRow[]
    perspectives: WorkspacePerspective[]
    /** First and last day of the dated statements; null when none is dated. */
    extent: [number, number] | null
  }
}

/** The chart's id of a statement: statement ids are unique only within their story. */
export const chartRowId = (storyId: string, rowId: string): string => `${storyId}/${rowId}`
/** The page's anchor of a statement's entry. */
export const entryId = (storyId: string, rowId: string): string => `c-${storyId}--${rowId}`

export const nonResponseHref = (storyId: string, item: NonResponseView): string =>
  `/stories/${encodeURIComponent(storyId)}/sources/${encodeURIComponent(item.source.id)}#${encodeURIComponent(nonResponseTarget(item.id))}`

export function claimPageView(stories: readonly ClaimStoryInput[], claimId: string): ClaimPageView {
  const statements: ClaimStatement[] = []
  const camps: ClaimCamp[] = []
  const nonResponses: ClaimNonResponse[] = []
  for (const story of stories) {
    const mainId = story.claims[0]?.id
    if (mainId === undefined || !story.claims.some((c) => c.id === claimId)) continue
    const { storyId, storyTitle } = story
    const byCamp = new Map<string, ClaimCamp>()
    for (const p of story.perspectives) {
      const camp: ClaimCamp = {
        storyId,
        storyTitle,
        perspectiveId: p.id,
        label: p.label,
        counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 },
        statements: [],
        nonResponses: [],
      }
      byCamp.set(p.id, camp)
      camps.push(camp)
    }
    for (const row of rowsOnClaim(story.rows, claimId, mainId)) {
      const entry = { storyId, storyTitle, row }
      statements.push(entry)
      const camp = byCamp.get(row.perspectiveId)
      if (!camp) continue
      camp.statements.push(entry)
      camp.counts[row.stance as Stance] += 1
    }
    for (const item of story.nonResponses)
      if (item.claimId === claimId) {
        const perspective = byCamp.get(item.perspectiveId)?.label ?? item.perspectiveId
        const entry = { storyId, storyTitle, item, perspective, href: nonResponseHref(storyId, item) }
        nonResponses.push(entry)
        byCamp.get(item.perspectiveId)?.nonResponses.push(entry)
      }
  }
  statements.sort((a, b) => compareByDate(a.row, b.row) || a.storyId.localeCompare(b.storyId))
  for (const camp of camps) camp.statements.sort((a, b) => compareByDate(a.row, b.row))
  return { statements, camps, nonResponses, chart: chartInput(statements) }
}

function chartInput(statements: readonly ClaimStatement[]): ClaimPageView['chart'] {
  const lanes = new Map<string, WorkspacePerspective>()
  const rows: StatementRow[] = []
  let first = Infinity
  let last = -Infinity
  for (const { storyId, row } of statements) {
    let lane = lanes.get(row.perspectiveLabel)
    if (!lane)
      lanes.set(
        row.perspectiveLabel,
        (lane = { id: row.perspectiveLabel, label: row.perspectiveLabel, index: lanes.size }),
      )
    rows.push({
      ...row,
      id: chartRowId(storyId, row.id),
      perspectiveId: lane.id,
      perspectiveIndex: lane.index,
    })
    if (row.date.iso !== null) {
      const day = dayNumber(row.date.iso)
      if (day < first) first = day
      if (day > last) last = day
    }
  }
  return { rows, perspectives: [...lanes.values()], extent: first <= last ? [first, last] : null }
}

/** A camp's stances on a claim in words: "2 supports, 1 rejects", and any non-response; else "silent". */
export function campStanceLine(camp: Pick<ClaimCampCounts, 'counts' | 'nonResponses'>): string {
  const parts = [stanceLine(camp.counts)].filter(Boolean)
  if (camp.nonResponses > 0)
    parts.push(camp.nonResponses === 1 ? NO_RESPONSE : `${NO_RESPONSE} (${camp.nonResponses} records)`)
  return parts.length > 0 ? parts.join('; ') : 'silent'
}

/** The statements within a date range (inclusive; inferred dates count; undated ones only when open). */
export function inDateRange<T extends { row: StatementRow }>(
  items: readonly T[],
  range: DateRange,
): readonly T[] {
  if (range.from === null && range.to === null) return items
  return items.filter(({ row }) => {
    const iso = row.date.iso
    return (
      iso !== null && (range.from === null || iso >= range.from) && (range.to === null || iso <= range.to)
    )
  })
}
