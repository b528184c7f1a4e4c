/**
 * One statement as an editor and the change log see it: every field a story file holds,
 * with its anchor, its version and whether it is deleted. History keeps these whole, so
 * any past version can be put back.
 */
export interface StatementSnapshot {
  id: string
  perspective: string
  speaker: { name: string; role: string | null }
  text: string
  kind: string
  attribution: string
  channel: string
  /** The stance on the story's main claim; null when the statement does not address it. */
  stance: { value: string; label: string } | null
  source: string
  occurrence: number | null
  caveats: string[]
  /**
   * The day it was made, when the source gives one (YYYY-MM-DD); null: the source's date
   * stands for it. Absent in versions logged before the field existed.
   */
  date?: string | null
  anchor: { start: number; end: number }
  version: number
  deleted: boolean
}

/** The fields a restore puts back (not the bookkeeping: id, version, deletion). */
export const RESTORABLE = [
  'perspective',
  'speaker',
  'text',
  'kind',
  'attribution',
  'channel',
  'stance',
  'occurrence',
  'caveats',
  'anchor',
  'date',
] as const
