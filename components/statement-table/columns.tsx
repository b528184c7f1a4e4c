import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import type { StatementRow } from '@/lib/view/view-model'
import { PerspectiveCell, SourceCell, SpeakerCell, StanceCell, StatementCell } from './cells'
import { COLUMN_LABELS } from './column-cells'

export { COLUMN_LABELS }

// Declared once at module scope, as TanStack Table v9 expects. Sorting state and header
// toggles only: the rows themselves are ordered in lib/view/sort.ts, once, for the
// tables and the exports alike.
export const statementFeatures = tableFeatures({ rowSortingFeature })

const column = createColumnHelper<typeof statementFeatures, StatementRow>()

const perspective = column.accessor('perspectiveLabel', {
  id: 'perspective',
  header: COLUMN_LABELS.perspective,
  cell: (info) => <PerspectiveCell row={info.row.original} />,
})
const speaker = column.accessor('speaker', {
  id: 'speaker',
  header: COLUMN_LABELS.speaker,
  cell: (info) => <SpeakerCell row={info.row.original} />,
})
const statement = column.accessor('text', {
  id: 'statement',
  header: COLUMN_LABELS.statement,
  cell: (info) => <StatementCell row={info.row.original} />,
})
const stance = column.accessor('stance', {
  id: 'stance',
  header: COLUMN_LABELS.stance,
  cell: (info) => <StanceCell row={info.row.original} />,
})
const source = column.accessor((row) => row.source.number, {
  id: 'source',
  header: COLUMN_LABELS.source,
  cell: (info) => <SourceCell row={info.row.original} />,
})

/**
 * The columns of a table: a camp's own table has no Perspective column (the camp is in
 * its caption), and a story of one source has no Source column (the source is named
 * once, above the statements).
 */
export const COLUMN_SETS = {
  camp: column.columns([speaker, statement, stance]),
  campSourced: column.columns([speaker, statement, stance, source]),
  combined: column.columns([perspective, speaker, statement, stance]),
  combinedSourced: column.columns([perspective, speaker, statement, stance, source]),
}

export function columnsFor(withPerspective: boolean, withSource: boolean) {
  if (withPerspective) return withSource ? COLUMN_SETS.combinedSourced : COLUMN_SETS.combined
  return withSource ? COLUMN_SETS.campSourced : COLUMN_SETS.camp
}
