import { segmentText, type Segment } from './segments'
import type { StatementRow } from './view-model'
import type { EventAnchor } from './workspace-data'

/**
 * What the evidence view highlights in a source: every statement and event anchored in
 * it, and which anchor each piece of text shows when anchors overlap.
 */

export interface EvidenceAnchor extends EventAnchor {
  /** The camp's colour; null for the reporter's narration. */
  colorIndex: number | null
}

export const statementTarget = (rowId: string) => `s-${rowId}`

/** Statements first (in their camp's colour), then the reporter's narration. */
export function evidenceAnchors(
  rows: readonly StatementRow[],
  events: readonly EventAnchor[],
): EvidenceAnchor[] {
  return [
    ...rows.map((row) => ({
      targetId: statementTarget(row.id),
      sourceId: row.source.id,
      description: `${row.speaker} (${row.perspectiveLabel})`,
      start: row.anchor.start,
      end: row.anchor.end,
      colorIndex: row.perspectiveIndex,
    })),
    ...events.map((event) => ({ ...event, colorIndex: null })),
  ]
}

export interface EvidenceSegment extends Segment {
  covering: EvidenceAnchor[]
  /** The anchor this piece is shown as; null for plain text. */
  primary: EvidenceAnchor | null
}

/**
 * The source text cut at every anchor boundary. Where anchors overlap, the chosen
 * statement wins, then the narrowest anchor, so a short quote inside a long paraphrase
 * stays visible.
 */
export function evidenceSegments(
  text: string,
  anchors: readonly EvidenceAnchor[],
  chosen: string | null,
): EvidenceSegment[] {
  const byId = new Map(anchors.map((a) => [a.targetId, a]))
  return segmentText(
    text,
    anchors.map((a) => ({ id: a.targetId, start: a.start, end: a.end })),
  ).map((segment) => {
    const covering = segment.ids.map((id) => byId.get(id)!)
    const primary =
      covering.length === 0
        ? null
        : (covering.find((a) => a.targetId === chosen) ??
          covering.reduce((best, a) => (a.end - a.start < best.end - best.start ? a : best)))
    return { ...segment, covering, primary }
  })
}
