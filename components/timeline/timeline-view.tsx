'use client'

import { memo, useCallback, useRef, useState } from 'react'
import type { ChartModel } from '@/lib/view/stance-chart'
import type { TimelinePreview } from '@/lib/view/static-view'
import { describeRange, hasRange, type DateRange } from '@/lib/view/timeline'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { downloadPng, downloadSvg } from './chart-download'
import { ChartTable } from './chart-table'
import { StanceChart } from './stance-chart'
import { StanceKey } from './stance-key'
import { TimelineList } from './timeline-list'

export interface TimelineViewProps {
  storyId: string
  /** The filtered rows in date order (lib/view/timeline.ts). */
  rows: readonly StatementRow[]
  perspectives: readonly WorkspacePerspective[]
  /** First and last day of the story's dated statements; null when none is dated. */
  extent: [number, number] | null
  range: DateRange
  onRangeChange: (range: DateRange) => void
  onGoToStatement: (rowId: string) => void
  /**
   * A large story before the page is interactive: `rows` holds only the first entries,
   * and the chart and counts come worked out by the server (lib/view/static-view.ts).
   */
  preview?: TimelinePreview
}

const BUTTON =
  'rounded-md border border-zinc-400 px-2.5 py-1 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800'

/** The Timeline view: stance over time as a chart, then the statements in date order. */
export const TimelineView = memo(function TimelineView(props: TimelineViewProps) {
  const { rows, perspectives, extent, range, onRangeChange, onGoToStatement } = props
  const svgRef = useRef<SVGSVGElement>(null)
  const [model, setModel] = useState<ChartModel | null>(null)
  const [showTable, setShowTable] = useState(false)
  const { preview } = props
  // Counted in bars (a large range): the key shows the bars' colours and textures.
  const bars = (model ?? preview?.model)?.mode === 'bins'
  // The rows are in date order, the undated last: count back from the end.
  let undated = 0
  if (preview) undated = preview.undated
  else while (undated < rows.length && rows[rows.length - 1 - undated]!.date.iso === null) undated++
  const goToEntry = useCallback(
    (rowId: string) => {
      const entry = document.getElementById(`t-${rowId}`)
      if (!entry) return onGoToStatement(rowId)
      entry.scrollIntoView({ block: 'center' })
      entry.focus({ preventScroll: true })
    },
    [onGoToStatement],
  )
  const fileName = (extension: string) =>
    `${props.storyId}_stance-over-time${range.from ? `_from-${range.from}` : ''}${range.to ? `_to-${range.to}` : ''}.${extension}`

  return (
    <div>
      <section
        aria-labelledby="stance-over-time-heading"
        className="rounded-lg border border-zinc-200 bg-white p-3 break-inside-avoid dark:border-zinc-700 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3
            id="stance-over-time-heading"
            className="text-base font-semibold text-zinc-900 dark:text-zinc-50"
          >
            Stance over time{' '}
            <span className="font-normal text-zinc-700 dark:text-zinc-300">
              (reviewed statements, {describeRange(range)})
            </span>
          </h3>
          {hasRange(range) ? (
            <button
              type="button"
              className={`${BUTTON} print:hidden`}
              onClick={() => onRangeChange({ from: null, to: null })}
            >
              Show all dates
            </button>
          ) : null}
        </div>
        <StanceKey bars={bars} noStance={rows.some((row) => row.stance === null)} />
        <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300 print:hidden">
          Drag across the chart, or move its ends with the arrow keys, to set a date range. Tab to the marks,
          then use the arrow keys; Enter goes to a statement or zooms into a period.
        </p>
        {extent ? (
          <StanceChart
            rows={rows}
            perspectives={perspectives}
            extent={extent}
            range={range}
            onRangeChange={onRangeChange}
            onGoToEntry={goToEntry}
            svgRef={svgRef}
            onModel={setModel}
            model={preview?.model ?? undefined}
          />
        ) : (
          <p className="mt-2 text-sm">No statement in this story has a date, so there is nothing to chart.</p>
        )}
        {undated > 0 ? (
          <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
            Not in the chart: {undated} statement{undated === 1 ? '' : 's'} with no date.
          </p>
        ) : null}
        {extent ? (
          <div className="mt-2 flex flex-wrap gap-2 print:hidden">
            <button
              type="button"
              className={BUTTON}
              aria-expanded={showTable}
              onClick={() => setShowTable((v) => !v)}
            >
              {showTable ? 'Hide the chart’s data' : 'Show the chart as a table'}
            </button>
            <button
              type="button"
              className={BUTTON}
              onClick={() => svgRef.current && downloadSvg(svgRef.current, fileName('svg'))}
            >
              Download chart (SVG)
            </button>
            <button
              type="button"
              className={BUTTON}
              onClick={() => svgRef.current && void downloadPng(svgRef.current, fileName('png'))}
            >
              Download chart (PNG)
            </button>
          </div>
        ) : null}
        {showTable && model ? <ChartTable model={model} perspectives={perspectives} /> : null}
      </section>
      <TimelineList
        rows={rows}
        total={preview ? preview.total : rows.length}
        perspectives={perspectives}
        onGoToStatement={onGoToStatement}
      />
    </div>
  )
})
