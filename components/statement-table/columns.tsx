import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type Row,
} from '@tanstack/react-table'
import { statementComparators, type SortableColumn } from '@/lib/view/sort'
import type { StatementRow } from '@/lib/view/view-model'
import { PerspectiveCell, SourceCell, SpeakerCell, StanceCell, StatementCell } from './cells'

type Compare = (a: StatementRow, b: StatementRow) => number
type HasOriginal = Pick<Row<never, StatementRow>, 'original'>
const byRow = (compare: Compare) => (a: HasOriginal, b: HasOriginal) => compare(a.original, b.original)

// Declared once at module scope, as TanStack Table v9 expects; the comparators come from
// lib/, the same ones the unit tests check.
export const statementFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    perspective: byRow(statementComparators.perspective),
    speaker: byRow(statementComparators.speaker),
    statement: byRow(statementComparators.statement),
    stance: byRow(statementComparators.stance),
    source: byRow(statementComparators.source),
  },
})

const column = createColumnHelper<typeof statementFeatures, StatementRow>()

/** Column ids double as their sort function names and as CSV-independent labels. */
export const COLUMN_LABELS: Record<SortableColumn, string> = {
  perspective: 'Perspective',
  speaker: 'Speaker',
  statement: 'Statement',
  stance: 'Stance',
  source: 'Source',
}

const perspectiveColumn = column.accessor('perspectiveLabel', {
  id: 'perspective',
  header: COLUMN_LABELS.perspective,
  sortFn: 'perspective',
  cell: (info) => <PerspectiveCell row={info.row.original} />,
})

/** A camp's own table: the camp is in the caption, so no Perspective column. */
export const statementColumns = column.columns([
  column.accessor('speaker', {
    id: 'speaker',
    header: COLUMN_LABELS.speaker,
    sortFn: 'speaker',
    cell: (info) => <SpeakerCell row={info.row.original} />,
  }),
  column.accessor('text', {
    id: 'statement',
    header: COLUMN_LABELS.statement,
    sortFn: 'statement',
    cell: (info) => <StatementCell row={info.row.original} />,
  }),
  column.accessor('stance', {
    id: 'stance',
    header: COLUMN_LABELS.stance,
    sortFn: 'stance',
    cell: (info) => <StanceCell row={info.row.original} />,
  }),
  column.accessor((row) => row.source.date.iso ?? '', {
    id: 'source',
    header: COLUMN_LABELS.source,
    sortFn: 'source',
    cell: (info) => <SourceCell row={info.row.original} />,
  }),
])

/** The combined table: every camp in one, with a Perspective column. */
export const combinedColumns = column.columns([perspectiveColumn, ...statementColumns])
