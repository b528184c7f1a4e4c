'use client'

import { useState, type PointerEvent, type RefObject } from 'react'

/**
 * Dragging across the chart's plot: the span dragged, in the chart's units, while the
 * pointer is down; on release, `onBrush` with its two ends (a click, under 4 units, is
 * not a brush).
 */
export function useBrush({
  svgRef,
  width,
  plot,
  onBrush,
}: {
  svgRef: RefObject<SVGSVGElement | null>
  /** The chart's width in its own units (its viewBox). */
  width: number
  plot: [number, number]
  onBrush: (from: number, to: number) => void
}) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null)
  const pointerX = (event: PointerEvent<SVGElement>) => {
    const box = svgRef.current!.getBoundingClientRect()
    const px = ((event.clientX - box.left) / box.width) * width
    return Math.min(plot[1], Math.max(plot[0], px))
  }
  return {
    drag,
    onPointerDown: (event: PointerEvent<SVGRectElement>) => {
      const px = pointerX(event)
      event.currentTarget.setPointerCapture(event.pointerId)
      setDrag({ from: px, to: px })
    },
    onPointerMove: (event: PointerEvent<SVGRectElement>) => {
      if (drag) setDrag({ ...drag, to: pointerX(event) })
    },
    onPointerUp: () => {
      if (!drag) return
      const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)]
      setDrag(null)
      if (b - a >= 4) onBrush(a, b)
    },
  }
}
