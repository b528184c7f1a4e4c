import { MATRIX_NOTES } from '../story/vocabulary'
import type { Stance } from '../story/codebook'
import { groupBy } from './group'
import type { StatementRow } from './view-model'

/** What a matrix cell notes about a statement: a standing position, no response. */
export function matrixNotes(row: StatementRow): string[] {
  const text = [row.attribution, ...row.caveats].join(' ')
  return MATRIX_NOTES.filter(([pattern]) => pattern.test(text)).map(([, note]) => note)
}

export interface SpeakerGroup {
  speaker: string
  rows: StatementRow[]
  /** Each note once, however many of the speaker's statements carry it. */
  notes: string[]
}

/** One cell of the matrix: a camp's statements at one stance, by speaker in row order. */
export function matrixCell(
  rows: readonly StatementRow[],
  perspectiveId: string,
  /** null: the statements that do not address the claim shown. */
  stance: Stance | null,
): SpeakerGroup[] {
  const cell = rows.filter((row) => row.perspectiveId === perspectiveId && row.stance === stance)
  return [...groupBy(cell, (row) => row.speaker)].map(([speaker, own]) => ({
    speaker,
    rows: own,
    notes: [...new Set(own.flatMap(matrixNotes))],
  }))
}
