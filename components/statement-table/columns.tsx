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

const perspectiveColumn = column.accessor('perspectiveLabel', {
  id: 'perspective',
  header: COLUMN_LABELS.perspective,
  cell: (info) => <PerspectiveCell row={info.row.original} />,
})

/** A camp's own table: the camp is in the caption, so no Perspective column. */
export const statementColumns = column.columns([
  column.accessor('speaker', {
    id: 'speaker',
    header: COLUMN_LABELS.speaker,
    cell: (info) => <SpeakerCell row={info.row.original} />,
  }),
  column.accessor('text', {
    id: 'statement',
    header: COLUMN_LABELS.statement,
    cell: (info) => <StatementCell row={info.row.original} />,
  }),
  column.accessor('stance', {
    id: 'stance',
    header: COLUMN_LABELS.stance,
    cell: (info) => <StanceCell row={info.row.original} />,
  }),
  column.accessor((row) => row.source.date.iso ?? '', {
    id: 'source',
    header: COLUMN_LABELS.source,
    cell: (info) => <SourceCell row={info.row.original} />,
  }),
])

/** The combined table: every camp in one, with a Perspective column. */
export const combinedColumns = column.columns([perspectiveColumn, ...statementColumns])
