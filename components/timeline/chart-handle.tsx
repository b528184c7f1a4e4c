'use client'

import type { KeyboardEvent } from 'react'
import { formatIsoDate } from '@/lib/view/source-date'
import { isoOfDay } from '@/lib/view/timeline'

interface ChartHandleProps {
  side: 'start' | 'end'
  /** x of the handle, in the chart's units. */
  at: number
  top: number
  height: number
  day: number
  min: number
  max: number
  onMove: (day: number) => void
}

/**
 * One end of the date range, as a slider: the keyboard's way to brush. Arrow keys move it
 * a day, Page Up and Page Down thirty days, Home and End to the story's first or last day.
 */
export function ChartHandle({ side, at, top, height, day, min, max, onMove }: ChartHandleProps) {
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -30,
      PageUp: 30,
    }
    let next: number
    if (event.key in steps) next = day + steps[event.key]!
    else if (event.key === 'Home') next = min
    else if (event.key === 'End') next = max
    else return
    event.preventDefault()
    next = Math.min(max, Math.max(min, next))
    if (next !== day) onMove(next)
  }
  const label = side === 'start' ? 'Start of the date range' : 'End of the date range'
  return (
    <g
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={day}
      aria-valuetext={formatIsoDate(isoOfDay(day))}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      className="cursor-ew-resize outline-none focus-visible:[&>rect]:fill-blue-600 print:hidden"
      data-handle={side}
    >
      <rect x={at - 3} y={top} width={6} height={height} rx={2} fill="#2563eb" fillOpacity="0.55" />
    </g>
  )
}
