'use client'

import { memo } from 'react'
import { NO_STANCE, STANCE_FACETS, type StanceFacet } from '@/lib/story/codebook'
import { STANCE_FACET_NAMES } from '@/lib/story/vocabulary'
import { formatIsoDate } from '@/lib/view/source-date'
import { MARK_R, markPlace } from '@/lib/view/chart-scale'
import { describeCounts, type ChartModel } from '@/lib/view/stance-chart'
import { describeRange, isoOfDay, type DateRange } from '@/lib/view/timeline'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { stanceMarkPath } from '../stance-fill'
import { STANCE_COLOR, type ChartItem } from './chart-keys'

export const TOP = 10
export const ROW = 46

/**
 * The chart's marks or bars, each focusable (one tab stop, see chart-keys.ts). Memoised:
 * a drag redraws only its shaded span, not the hundreds of marks under it.
 */
export const ChartItems = memo(function ChartItems({
  items,
  model,
  perspectives,
  rowOf,
  x,
  active,
  refFor,
  onFocusItem,
  onGoToEntry,
  onRangeChange,
  hatches,
}: {
  items: readonly ChartItem[]
  model: ChartModel
  perspectives: readonly WorkspacePerspective[]
  /** A camp's chart row, by its index in the story. */
  rowOf: ReadonlyMap<number, number>
  x: (day: number) => number
  /** The item that holds the tab stop. */
  active: number
  refFor: (index: number) => (element: SVGElement | null) => void
  onFocusItem: (index: number) => void
  onGoToEntry: (rowId: string) => void
  onRangeChange: (range: DateRange) => void
  /** Each stance's texture pattern id (stance-hatch.tsx), for the bars. */
  hatches: Readonly<Record<StanceFacet, string>>
}) {
  return (
    <>
      {items.map((item, i) => {
        const top = TOP + rowOf.get(item.camp)! * ROW
        const focusable = {
          tabIndex: i === active ? 0 : -1,
          ref: refFor(i),
          onFocus: () => onFocusItem(i),
        }
        if (item.mark) {
          const m = item.mark
          const facet = m.stance ?? NO_STANCE
          const color = STANCE_COLOR[facet]
          const place = markPlace(m, model.mode === 'marks' ? model.columns : 1, x, top + ROW - 8)
          return (
            <g key={item.key} role="listitem">
              <path
                {...focusable}
                role="link"
                aria-label={`${perspectives[rowOf.get(m.camp)!]!.label}, ${formatIsoDate(isoOfDay(m.day))}${m.inferred ? ' (inferred)' : ''}: ${STANCE_FACET_NAMES[facet]}. Go to the statement.`}
                data-mark={m.id}
                d={stanceMarkPath(facet, place.cx, place.cy, MARK_R)}
                strokeWidth={m.inferred ? 1.5 : 1}
                className={`${m.inferred ? 'fill-white' : color.fill} ${color.stroke} cursor-pointer outline-none focus-visible:stroke-blue-600 focus-visible:[stroke-width:3]`}
                onClick={() => onGoToEntry(m.id)}
              />
            </g>
          )
        }
        const b = item.bin!
        const x0 = x(b.start)
        const w = Math.max(2, x(b.end + 1) - x0 - 1)
        const scale = (ROW - 10) / (model.mode === 'bins' ? model.maxTotal : 1)
        let y = top + ROW - 2
        return (
          <g key={item.key} role="listitem">
            <g
              {...focusable}
              role="button"
              data-bin={b.total}
              aria-label={`${perspectives[rowOf.get(b.camp)!]!.label}, ${describeRange({ from: isoOfDay(b.start), to: isoOfDay(b.end) })}: ${describeCounts(b.counts)}. Press Enter to zoom in.`}
              className="cursor-zoom-in outline-none focus-visible:[&_rect]:stroke-blue-600 focus-visible:[&_rect]:[stroke-width:2]"
              onClick={() => onRangeChange({ from: isoOfDay(b.start), to: isoOfDay(b.end) })}
            >
              {STANCE_FACETS.map((stance) => {
                const h = b.counts[stance] * scale
                y -= h
                return h > 0 ? (
                  <g key={stance} data-stance={stance}>
                    <rect
                      x={x0}
                      y={y}
                      width={w}
                      height={h}
                      className={STANCE_COLOR[stance].fill}
                      stroke="none"
                    />
                    <rect x={x0} y={y} width={w} height={h} fill={`url(#${hatches[stance]})`} stroke="none" />
                  </g>
                ) : null
              })}
            </g>
          </g>
        )
      })}
    </>
  )
})
