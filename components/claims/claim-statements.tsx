'use client'

import { useCallback, useMemo, useRef, useState } from 'react'
import {
  chartRowId,
  entryId,
  inDateRange,
  type ClaimNonResponse,
  type ClaimPageView,
  type ClaimStatement,
} from '@/lib/view/claim-pages'
import type { ChartModel } from '@/lib/view/stance-chart'
import { describeRange, hasRange, type DateRange } from '@/lib/view/timeline'
import { downloadText } from '../download'
import { StatementEntry } from '../statement-entry'
import { StanceChart } from '../timeline/stance-chart'
import { StanceKey } from '../timeline/stance-key'

const BUTTON =
  'rounded-md border border-zinc-400 px-2.5 py-1 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800'

/**
 * A claim's statements across stories: the stance-over-time chart (one lane per camp
 * name; drag or use the keys to set a date range), the statements in date order with
 * their stance on this claim, and the CSV of what is shown plus the non-responses.
 */
export function ClaimStatements({
  claim,
  statements,
  nonResponses,
  chart,
}: {
  claim: { id: string; slug: string; wording: string }
  statements: readonly ClaimStatement[]
  nonResponses: readonly ClaimNonResponse[]
  chart: ClaimPageView['chart']
}) {
  const [range, setRange] = useState<DateRange>({ from: null, to: null })
  const svgRef = useRef<SVGSVGElement>(null)
  // Counted in bars (many statements in the range): the key shows the bars' colours and textures.
  const [model, setModel] = useState<ChartModel | null>(null)
  const shown = inDateRange(statements, range)
  const shownIds = useMemo(() => new Set(shown.map((s) => chartRowId(s.storyId, s.row.id))), [shown])
  const chartRows = useMemo(() => chart.rows.filter((row) => shownIds.has(row.id)), [chart.rows, shownIds])
  const goTo = useCallback((id: string) => {
    const slash = id.indexOf('/')
    const entry = document.getElementById(entryId(id.slice(0, slash), id.slice(slash + 1)))
    if (!entry) return
    entry.scrollIntoView({ block: 'center' })
    entry.focus({ preventScroll: true })
  }, [])
  const exportCsv = async () => {
    const { claimStatementsToCsv } = await import('@/lib/export/claim-csv')
    const day = new Date().toISOString().slice(0, 10)
    const dates = `${range.from ? `_from-${range.from}` : ''}${range.to ? `_to-${range.to}` : ''}`
    downloadText(
      `claim_${claim.slug}_${day}${dates}.csv`,
      claimStatementsToCsv({ claim, statements: shown, nonResponses }, { origin: window.location.origin }),
      'text/csv;charset=utf-8',
    )
  }
  return (
    <>
      <section
        aria-labelledby="claim-over-time-heading"
        className="mt-6 rounded-lg border border-zinc-200 bg-white p-3 break-inside-avoid dark:border-zinc-700 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="claim-over-time-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Stance over time{' '}
            <span className="text-base font-normal text-zinc-700 dark:text-zinc-300">
              ({describeRange(range)})
            </span>
          </h2>
          {hasRange(range) ? (
            <button
              type="button"
              className={`${BUTTON} print:hidden`}
              onClick={() => setRange({ from: null, to: null })}
            >
              Show all dates
            </button>
          ) : null}
        </div>
        <StanceKey bars={model?.mode === 'bins'} noStance={false} />
        <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300 print:hidden">
          One row per camp, by its name in each story. Drag across the chart, or move its ends with the arrow
          keys, to set a date range; Tab to the marks, then use the arrow keys; Enter goes to a statement.
        </p>
        {chart.extent ? (
          <StanceChart
            rows={chartRows}
            perspectives={chart.perspectives}
            extent={chart.extent}
            range={range}
            onRangeChange={setRange}
            onGoToEntry={goTo}
            svgRef={svgRef}
            onModel={setModel}
          />
        ) : (
          <p className="mt-2 text-sm">No statement on this claim has a date, so there is nothing to chart.</p>
        )}
      </section>
      <section aria-labelledby="claim-statements-heading" className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="claim-statements-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Statements in date order
          </h2>
          <p aria-live="polite" className="text-sm font-medium tabular-nums">
            {shown.length} of {statements.length} statements
          </p>
          <button
            type="button"
            onClick={() => void exportCsv()}
            className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 print:hidden dark:bg-zinc-100 dark:text-zinc-900"
          >
            Export CSV
          </button>
        </div>
        <p className="text-sm text-zinc-700 dark:text-zinc-200">
          Each badge is the statement’s stance on this claim. The CSV holds the statements shown and the
          records of no public response.
        </p>
        <ol className="mt-3 space-y-2">
          {shown.map(({ storyId, storyTitle, row }) => (
            <StatementEntry
              key={`${storyId}/${row.id}`}
              id={entryId(storyId, row.id)}
              row={row}
              rowHref={`/stories/${encodeURIComponent(storyId)}?claim=${encodeURIComponent(claim.id)}#s-${row.id}`}
              rowLinkText="Its row in the story"
              extra={
                <>
                  <a
                    href={`/stories/${encodeURIComponent(storyId)}`}
                    className="text-blue-700 underline dark:text-blue-300"
                  >
                    {storyTitle}
                  </a>
                  {' · '}
                </>
              }
            />
          ))}
        </ol>
      </section>
    </>
  )
}
