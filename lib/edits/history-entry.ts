import type { StatementSnapshot } from './statement'

/**
 * One entry of a statement's history as the History panel shows it: the change, who
 * made it by their display name (with their email for admins), and the version before
 * and after. Entries from its time as a draft in review come first, in the statement's
 * own shape, so one list shows how it was coded from the extractor's draft on.
 */
export interface HistoryEntry {
  id: number
  /** statement, or draft while it was in review. */
  entity: string
  action: string
  /** Who made it: a display name, "Ann Editor (ann@example.org)" for an admin. */
  by: string
  /** ISO time. */
  at: string
  before: StatementSnapshot | null
  after: StatementSnapshot | null
}

/** One row of the change log (lib/store/history reads them): who changed what, and when. */
export interface LoggedChange {
  id: number
  entity: string
  entityId: string
  action: string
  actor: string
  at: Date
  before: unknown
  after: unknown
}

/** A draft as it was in review (lib/import/review-draft), in a statement's shape. */
interface DraftVersion {
  speaker: { name: string; role: string | null }
  start: number
  end: number
  text: string
  kind: string | null
  attribution: string
  channel: string | null
  caveats: string[]
  perspective: string | null
  stance: { value: string; label: string } | null
  /** Absent in versions logged before drafts took stances on further claims. */
  stances?: { claim: string; value: string; label: string }[]
  date: string | null
  version: number
}

/** A draft's version as a statement's, its open choices empty, its span in the article. */
export function draftAsStatement(draft: DraftVersion, id: string): StatementSnapshot {
  return {
    id,
    perspective: draft.perspective ?? '',
    speaker: { ...draft.speaker },
    text: draft.text,
    kind: draft.kind ?? '',
    attribution: draft.attribution,
    channel: draft.channel ?? '',
    stance: draft.stance ?? { value: '', label: '' },
    stances: (draft.stances ?? []).map((s) => ({ ...s })),
    source: '',
    occurrence: null,
    caveats: [...draft.caveats],
    date: draft.date,
    anchor: { start: draft.start, end: draft.end },
    version: draft.version,
    deleted: false,
  }
}

/** A change as the History panel lists it: a draft's versions in a statement's shape, and who by name. */
export function historyEntry(change: LoggedChange, by: string): HistoryEntry {
  const side = (value: unknown): StatementSnapshot | null => {
    if (!value) return null
    return change.entity === 'draft'
      ? draftAsStatement(value as DraftVersion, change.entityId)
      : (value as StatementSnapshot)
  }
  return {
    id: change.id,
    entity: change.entity,
    action: change.action,
    by,
    at: change.at.toISOString(),
    before: side(change.before),
    after: side(change.after),
  }
}
