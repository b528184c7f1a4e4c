'use client'

import type { ReactNode } from 'react'
import type { FacetCounts, StatementFilters } from '@/lib/view/filters'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { SearchTermsContext } from '../statement-table/highlight'
import { RowActionsContext, type RowActionsApi } from '../statement-table/row-actions'
import { ExportControls } from './export-controls'
import { FilterToolbar } from './filter-toolbar'
import type { CsvEncoding } from './use-csv-encoding'
import { ViewSwitcher } from './view-switcher'
import { WorkspaceTables, type WorkspaceTablesProps } from './workspace-tables'

export interface WorkspaceViewProps {
  encoding: CsvEncoding
  onEncodingChange: (encoding: CsvEncoding) => void
  onExportCsv: () => void
  onExportJson: () => void
  filters: StatementFilters
  counts: FacetCounts
  perspectives: WorkspacePerspective[]
  shown: number
  total: number
  narrowed: boolean
  hasDrafts: boolean
  onFiltersChange: (change: Partial<StatementFilters>) => void
  onClearFilters: () => void
  onViewChange: (view: WorkspaceTablesProps['view']) => void
  terms: string[]
  rowActions: RowActionsApi
  tables: WorkspaceTablesProps
  dialog?: ReactNode
}

/**
 * The workspace's markup: the interactive workspace and the server-rendered one shown
 * until the page is interactive both render it, so the one replaces the other in place.
 */
export function WorkspaceView(props: WorkspaceViewProps) {
  const { tables } = props
  return (
    <section aria-labelledby="statements-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="statements-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
            Statements by camp
          </h2>
          <p className="mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-300">
            Sort any column with its header button; hold Shift to add a further sort. Exports hold exactly the
            rows shown, in their order.
          </p>
        </div>
        <ExportControls
          encoding={props.encoding}
          onEncodingChange={props.onEncodingChange}
          onExportCsv={props.onExportCsv}
          onExportJson={props.onExportJson}
        />
      </div>
      <div className="mt-4">
        <FilterToolbar
          filters={props.filters}
          counts={props.counts}
          perspectives={props.perspectives}
          shown={props.shown}
          total={props.total}
          filtered={props.narrowed}
          hasDrafts={props.hasDrafts}
          onChange={props.onFiltersChange}
          onClear={props.onClearFilters}
        />
      </div>
      <div className="mt-4 flex items-center gap-3 print:hidden">
        <ViewSwitcher view={tables.view} onChange={props.onViewChange} />
      </div>
      <div className="mt-4">
        {props.shown === 0 ? (
          <NoMatches onClear={props.onClearFilters} />
        ) : (
          <SearchTermsContext value={props.terms}>
            <RowActionsContext value={props.rowActions}>
              <WorkspaceTables {...tables} />
            </RowActionsContext>
          </SearchTermsContext>
        )}
      </div>
      {props.dialog}
    </section>
  )
}

function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
      <p className="font-semibold text-zinc-900 dark:text-zinc-50">No statements match these filters.</p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        Try fewer words, or another camp or stance.
      </p>
      <button
        type="button"
        onClick={onClear}
        className="mt-3 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900"
      >
        Show all statements
      </button>
    </div>
  )
}
