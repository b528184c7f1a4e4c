'use client'

import { useRef, type ReactNode } from 'react'
import type { StanceFacet } from '@/lib/story/codebook'
import type { ClaimView } from '@/lib/view/claims'
import type { FacetCounts, StatementFilters } from '@/lib/view/filters'
import type { CampSpread } from '@/lib/view/spread'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { SearchTermsContext } from '../statement-table/highlight'
import { RowActionsContext, type RowActionsApi } from '../statement-table/row-actions'
import { ClaimPicker } from './claim-picker'
import { ExportControls } from './export-controls'
import { FilterToolbar } from './filter-toolbar'
import { StanceSpread } from './stance-spread'
import type { CsvEncoding } from './use-csv-encoding'
import { ViewSwitcher } from './view-switcher'
import { WorkspaceTables, type WorkspaceTablesProps } from './workspace-tables'

type Segment = { perspectiveId: string; stance: StanceFacet }

export interface WorkspaceViewProps {
  /** The story's question, rendered on the server, shown beside the stance spread. */
  intro?: ReactNode
  spread: readonly CampSpread[]
  picked: Segment | null
  onPick: (segment: Segment | null) => void
  /** The story's one source, named above the statements; null when there are several. */
  singleSourceLabel: string | null
  encoding: CsvEncoding
  onEncodingChange: (encoding: CsvEncoding) => void
  onExportCsv: () => void
  onExportClaimsCsv: () => void
  onExportJson: () => void
  filters: StatementFilters
  counts: FacetCounts
  perspectives: WorkspacePerspective[]
  /** Statements on the claim shown: the story's, or those addressing the chosen claim. */
  total: number
  withNoStance: boolean
  claims: readonly ClaimView[]
  /** The claim a claim filter names; null for the main claim. */
  claim: ClaimView | null
  /** The URL named a claim the story does not have. */
  claimNotFound: boolean
  onClaimChange: (claimId: string | null) => void
  narrowed: boolean
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
  const { tables, perspectives } = props
  const frame = useRef<HTMLDivElement>(null)
  // Before a large story's data has arrived its timeline and tables hold only their first rows.
  const shown = tables.timelinePreview?.total ?? tables.shown ?? tables.filtered.length
  return (
    <>
      <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
        {props.intro}
        <StanceSpread
          perspectives={perspectives}
          spread={props.spread}
          active={props.picked}
          onPick={props.onPick}
          claim={props.claim?.wording ?? null}
        />
      </div>
      {props.claimNotFound ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
        >
          The claim this link names was not found in this story. The stances shown are on the main claim.
        </p>
      ) : null}
      {props.claim && !props.claim.main ? (
        <p className="mt-3 rounded-md border border-blue-700 bg-blue-50 px-3 py-2 text-sm text-blue-950 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-50">
          Showing the statements that address the claim{' '}
          <strong className="font-semibold">“{props.claim.wording}”</strong>, each with its stance on it.
        </p>
      ) : null}
      <section aria-labelledby="statements-heading" className="mt-5">
        <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <h2 id="statements-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Statements by camp
            </h2>
            {props.singleSourceLabel !== null ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-200">
                Source of every statement: {props.singleSourceLabel} (
                <a href="#sources-heading" className="text-blue-700 underline dark:text-blue-300">
                  details
                </a>
                )
              </p>
            ) : (
              <p className="text-sm text-zinc-700 dark:text-zinc-200">
                A number in brackets cites a source in the{' '}
                <a href="#sources-heading" className="text-blue-700 underline dark:text-blue-300">
                  numbered list of sources
                </a>
                .
              </p>
            )}
          </div>
          <div className="flex min-w-0 max-w-full flex-wrap items-center gap-3 print:hidden">
            <ViewSwitcher view={tables.view} onChange={props.onViewChange} />
            <ClaimPicker
              claims={props.claims}
              value={props.claim?.id ?? null}
              onChange={props.onClaimChange}
            />
            <ExportControls
              encoding={props.encoding}
              onEncodingChange={props.onEncodingChange}
              onExportCsv={props.onExportCsv}
              onExportClaimsCsv={props.onExportClaimsCsv}
              onExportJson={props.onExportJson}
            />
          </div>
        </div>
        <div className="mt-3">
          <FilterToolbar
            filters={props.filters}
            counts={props.counts}
            perspectives={perspectives}
            shown={shown}
            total={props.total}
            withNoStance={props.withNoStance}
            filtered={props.narrowed}
            onChange={props.onFiltersChange}
            onClear={props.onClearFilters}
          />
        </div>
        <div ref={frame} className="mt-3">
          {shown === 0 ? (
            <NoMatches onClear={props.onClearFilters} />
          ) : (
            <SearchTermsContext value={props.terms}>
              <RowActionsContext value={props.rowActions}>
                <WorkspaceTables {...tables} frame={frame} />
              </RowActionsContext>
            </SearchTermsContext>
          )}
        </div>
        {props.dialog}
      </section>
    </>
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
