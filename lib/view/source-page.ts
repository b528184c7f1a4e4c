import { nonResponseTarget, type NonResponseView } from './claims'
import { evidenceAnchors, evidenceSegments, type EvidenceSegment } from './evidence'
import type { StatementRow } from './view-model'
import type { EventAnchor } from './workspace-data'

/** One source on its own page: its statements in the order they stand in its text. */
export function sourceStatements(rows: readonly StatementRow[], sourceId: string): StatementRow[] {
  return rows
    .filter((row) => row.source.id === sourceId)
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end)
}

/**
 * The source's text cut into plain and highlighted pieces, every statement and event
 * marked, and each passage saying a camp did not respond (the reporter's words, linked to
 * its entry on the page).
 */
export function sourceSegments(
  text: string,
  rows: readonly StatementRow[],
  events: readonly EventAnchor[],
  sourceId: string,
  nonResponses: readonly NonResponseView[] = [],
): EvidenceSegment[] {
  const passages: EventAnchor[] = nonResponses
    .filter((n) => n.source.id === sourceId)
    .map((n) => ({
      targetId: nonResponseTarget(n.id),
      sourceId,
      description: `Reporter’s narration: no public response, as of ${n.asOf.display}`,
      start: n.anchor.start,
      end: n.anchor.end,
    }))
  return evidenceSegments(
    text,
    evidenceAnchors(rows, [...events.filter((e) => e.sourceId === sourceId), ...passages]),
    null,
  )
}
