'use client'

import { scaleUtc } from 'd3-scale'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { STANCE_FACETS, STANCES } from '@/lib/story/codebook'
import { STANCE_NAMES } from '@/lib/story/vocabulary'
import {
  CHART_LEFT as LEFT,
  CHART_RIGHT as RIGHT,
  CHART_WIDTH,
  chartDomain,
  chartModel,
  type ChartModel,
} from '@/lib/view/stance-chart'
import { dayTicks } from '@/lib/view/chart-scale'
import { describeRange, isoOfDay, type DateRange } from '@/lib/view/timeline'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { ChartHandle } from './chart-handle'
import { ChartItems, ROW, TOP } from './chart-items'
import { hatchIds, StanceHatchPattern } from './stance-hatch'
import { useBrush } from './use-brush'
import { useChartKeys, type ChartItem } from './chart-keys'

const DAY_MS = 86_400_000
const AXIS = 30

export interface StanceChartProps {
  /** The rows shown (every filter applied, the date range too). */
  rows: readonly StatementRow[]
  perspectives: readonly WorkspacePerspective[]
  /** First and last day of the story's dated rows: how far the range can widen. */
  extent: [number, number]
  range: DateRange
  onRangeChange: (range: DateRange) => void
  onGoToEntry: (rowId: string) => void
  /** The chart's SVG, for "Download chart". */
  svgRef: React.RefObject<SVGSVGElement | null>
  onModel?: (model: ChartModel) => void
  /**
   * The chart worked out on the server, for a story too large to send whole before the
   * page is interactive: drawn as given instead of from `rows`.
   */
  model?: ChartModel
}

/**
 * Stance over time: one row per camp, days across, a mark per reviewed statement coloured
 * by stance, or counts per period when too dense. Drag across it (or move its two ends
 * with the keyboard) to set the date range; the chart zooms to the range.
 */
export function StanceChart(props: StanceChartProps) {
  const { rows, perspectives, extent, range, onRangeChange, svgRef } = props
  const wrapper = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(CHART_WIDTH)
  useEffect(() => {
    const element = wrapper.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(360, Math.round(entry.contentRect.width)))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const domain = chartDomain(extent, range)
  const plotWidth = width - LEFT - RIGHT
  const given = props.model
  const model = useMemo(
    () => given ?? chartModel(rows, domain, plotWidth),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [given, rows, domain[0], domain[1], plotWidth],
  )
  const { onModel } = props
  useEffect(() => onModel?.(model), [model, onModel])

  // Kept while the domain and width hold, so the (memoised) marks skip a drag's renders.
  const [domainStart, domainEnd] = domain
  const time = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(domainStart * DAY_MS), new Date((domainEnd + 1) * DAY_MS)])
        .range([LEFT, LEFT + plotWidth]),
    [domainStart, domainEnd, plotWidth],
  )
  const x = useCallback((day: number) => time(new Date(day * DAY_MS)), [time])
  const dayAt = (px: number) => Math.floor(time.invert(px).getTime() / DAY_MS)
  const ticks = useMemo(
    () => dayTicks([domainStart, domainEnd], plotWidth),
    [domainStart, domainEnd, plotWidth],
  )
  const height = TOP + perspectives.length * ROW + AXIS
  const rowOf = useMemo(() => new Map(perspectives.map((p, i) => [p.index, i])), [perspectives])

  const items: ChartItem[] = useMemo(() => {
    if (model.mode === 'marks')
      return model.marks
        .filter((m) => rowOf.has(m.camp))
        .map((m) => ({ key: m.id, camp: m.camp, day: m.day, mark: m }))
    // Bars keyed by position: a new range reuses the elements, changing their attributes.
    return model.bins
      .filter((b) => rowOf.has(b.camp))
      .map((b, i) => ({ key: `bin-${i}`, camp: b.camp, day: b.start, bin: b }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, perspectives])
  const keys = useChartKeys(items, perspectives, (item) => {
    if (item.mark) props.onGoToEntry(item.mark.id)
    else if (item.bin) onRangeChange({ from: isoOfDay(item.bin.start), to: isoOfDay(item.bin.end) })
  })

  const { drag, onPointerDown, onPointerMove, onPointerUp } = useBrush({
    svgRef,
    width,
    plot: [LEFT, LEFT + plotWidth],
    onBrush: (a, b) => {
      const first = Math.max(domain[0], dayAt(a))
      const last = Math.min(domain[1], dayAt(b))
      onRangeChange({ from: isoOfDay(first), to: isoOfDay(Math.max(first, last)) })
    },
  })

  const dense = model.mode === 'bins'
  const hatchPrefix = useId()
  const hatches = useMemo(() => hatchIds(`chart${hatchPrefix}`), [hatchPrefix])
  const description =
    `${model.count.toLocaleString('en')} reviewed statement${model.count === 1 ? '' : 's'} ${describeRange({
      from: isoOfDay(domain[0]),
      to: isoOfDay(domain[1]),
    })}, one row per camp. ` +
    (dense
      ? `Too many to draw one by one: each bar counts the statements of one ${model.period.name} by stance (${STANCES.map((s) => STANCE_NAMES[s]).join(', ')} from the bottom up, each with its own texture). Narrow the range to see single statements.`
      : 'Each mark is a statement coloured by its stance; a hollow mark’s date is its source’s (inferred).')

  return (
    <div ref={wrapper} className="w-full">
      <svg
        ref={svgRef}
        role="group"
        aria-labelledby="stance-chart-title"
        aria-describedby="stance-chart-desc"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="block h-auto select-none text-zinc-800 dark:text-zinc-100"
        fontFamily="system-ui, sans-serif"
        fontSize="12"
      >
        <title id="stance-chart-title">Stance over time, by camp</title>
        <desc id="stance-chart-desc">{description}</desc>
        {dense ? (
          <defs>
            {STANCE_FACETS.map((stance) => (
              <StanceHatchPattern key={stance} id={hatches[stance]} stance={stance} />
            ))}
          </defs>
        ) : null}
        {/* Labels and ticks are drawn for the eye (aria-hidden): the marks' names, the
            description and the data table carry the same facts. axe cannot measure SVG
            text against its background; they use the page's text colours. */}
        {perspectives.map((p, i) => (
          <g key={p.id}>
            <text
              aria-hidden="true"
              x={LEFT - 8}
              y={TOP + i * ROW + ROW / 2 + 4}
              textAnchor="end"
              fill="currentColor"
              fontWeight="600"
            >
              {p.label.length > 24 ? `${p.label.slice(0, 23)}…` : p.label}
            </text>
            <line
              x1={LEFT}
              x2={LEFT + plotWidth}
              y1={TOP + (i + 1) * ROW}
              y2={TOP + (i + 1) * ROW}
              stroke="currentColor"
              strokeOpacity="0.25"
            />
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick.day} transform={`translate(${x(tick.single ? tick.day + 0.5 : tick.day)},0)`}>
            <line
              y1={TOP}
              y2={TOP + perspectives.length * ROW + 4}
              stroke="currentColor"
              strokeOpacity="0.12"
            />
            <text aria-hidden="true" y={height - 10} textAnchor="middle" fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}
        <rect
          x={LEFT}
          y={TOP}
          width={plotWidth}
          height={perspectives.length * ROW}
          fill="transparent"
          className="cursor-crosshair"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          data-testid="chart-brush-area"
        />
        {drag ? (
          <rect
            x={Math.min(drag.from, drag.to)}
            y={TOP}
            width={Math.abs(drag.to - drag.from)}
            height={perspectives.length * ROW}
            fill="#2563eb"
            fillOpacity="0.15"
            stroke="#2563eb"
            pointerEvents="none"
          />
        ) : null}
        <g role="list" aria-label={dense ? 'Counts per period' : 'Statements'} onKeyDown={keys.onKeyDown}>
          <ChartItems
            items={items}
            model={model}
            perspectives={perspectives}
            rowOf={rowOf}
            x={x}
            active={keys.active}
            refFor={keys.refFor}
            onFocusItem={keys.setActive}
            onGoToEntry={props.onGoToEntry}
            onRangeChange={onRangeChange}
            hatches={hatches}
          />
        </g>
        <ChartHandle
          side="start"
          at={x(domain[0])}
          top={TOP}
          height={perspectives.length * ROW}
          day={domain[0]}
          min={extent[0]}
          max={domain[1]}
          onMove={(day) => onRangeChange({ from: day === extent[0] ? null : isoOfDay(day), to: range.to })}
        />
        <ChartHandle
          side="end"
          at={x(domain[1] + 1)}
          top={TOP}
          height={perspectives.length * ROW}
          day={domain[1]}
          min={domain[0]}
          max={extent[1]}
          onMove={(day) => onRangeChange({ from: range.from, to: day === extent[1] ? null : isoOfDay(day) })}
        />
      </svg>
    </div>
  )
}
