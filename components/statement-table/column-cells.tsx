import type { ComponentType } from 'react'
import type { SortColumn } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { PerspectiveCell, SourceCell, SpeakerCell, StanceCell, StatementCell } from './cells'

// The tables' columns without the table library, so that the server-rendered tables shown
// before the page is interactive need none of its code (columns.tsx builds on these).

/** Column ids are the sort column ids of lib/view/sort.ts. */
export const COLUMN_LABELS: Record<SortColumn, string> = {
  perspective: 'Perspective',
  speaker: 'Speaker',
  statement: 'Statement',
  stance: 'Stance',
  source: 'Source',
}

export const CELLS: Record<SortColumn, ComponentType<{ row: StatementRow }>> = {
  perspective: PerspectiveCell,
  speaker: SpeakerCell,
  statement: StatementCell,
  stance: StanceCell,
  source: SourceCell,
}

/**
 * The columns of a table: a camp's own table has no Perspective column (the camp is in
 * its caption), and a story of one source has no Source column (the source is named
 * once, above the statements). columns.tsx builds the same sets for the table library.
 */
export function columnIdsFor(withPerspective: boolean, withSource: boolean): readonly SortColumn[] {
  const ids: SortColumn[] = ['speaker', 'statement', 'stance']
  if (withPerspective) ids.unshift('perspective')
  if (withSource) ids.push('source')
  return ids
}
