import { STANCES, type Stance } from './codebook'
import type { StatementRow } from './view-model'

/**
 * Comparators for the statement columns, ascending. They take rows, not cells, so the
 * table and any export or test sort by exactly the same rules.
 */

// One collator for every text column: case- and accent-insensitive, numbers in
// numeric order, so "Ma’arij" and "maarij" sit together.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export const compareText = (a: string, b: string): number => collator.compare(a, b)

/** The codebook's scale order, not the alphabet: supports < mixed < neutral < rejects. */
export const stanceRank = (stance: Stance): number => STANCES.indexOf(stance)

export const compareSpeaker = (a: StatementRow, b: StatementRow): number => compareText(a.speaker, b.speaker)

export const compareStatement = (a: StatementRow, b: StatementRow): number => compareText(a.text, b.text)

export const compareStance = (a: StatementRow, b: StatementRow): number =>
  stanceRank(a.stance) - stanceRank(b.stance)

/** Source: by date (unknown dates after known ones), then publisher (unknown last). */
export const compareSource = (a: StatementRow, b: StatementRow): number => {
  const dateA = a.source.date.iso
  const dateB = b.source.date.iso
  if (dateA !== dateB) {
    if (dateA === null) return 1
    if (dateB === null) return -1
    return dateA < dateB ? -1 : 1
  }
  const pubA = a.source.publisher
  const pubB = b.source.publisher
  if (pubA === pubB) return 0
  if (pubA === null) return 1
  if (pubB === null) return -1
  return compareText(pubA, pubB)
}

/** Camps in the story's own order, not alphabetically. */
export const comparePerspective = (a: StatementRow, b: StatementRow): number =>
  a.perspectiveIndex - b.perspectiveIndex

export const statementComparators = {
  perspective: comparePerspective,
  speaker: compareSpeaker,
  statement: compareStatement,
  stance: compareStance,
  source: compareSource,
} as const

export type SortableColumn = keyof typeof statementComparators
export const SORTABLE_COLUMNS = Object.keys(statementComparators) as SortableColumn[]
