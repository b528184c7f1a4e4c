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

/** A camp's own table: the camp is in the caption, so no Perspective column. */
export const CAMP_COLUMN_IDS: readonly SortColumn[] = ['speaker', 'statement', 'stance', 'source']
/** The combined table: every camp in one, with a Perspective column. */
export const COMBINED_COLUMN_IDS: readonly SortColumn[] = ['perspective', ...CAMP_COLUMN_IDS]
