'use client'

import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ChartBin, ChartMark } from '@/lib/view/stance-chart'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'

export { STANCE_COLOR } from '../stance-fill'

export interface ChartItem {
  key: string
  camp: number
  day: number
  mark?: ChartMark
  bin?: ChartBin
}

/**
 * Keyboard use of the chart's marks: one tab stop for all of them (roving focus), the
 * arrow keys move along a camp's row (left, right) and between camps (up, down), Home and
 * End go to a row's ends, and Enter or Space acts on the focused mark.
 */
export function useChartKeys(
  unsorted: readonly ChartItem[],
  perspectives: readonly WorkspacePerspective[],
  act: (item: ChartItem) => void,
) {
  const order = useMemo(() => new Map(perspectives.map((p, i) => [p.index, i])), [perspectives])
  const items = useMemo(
    () =>
      unsorted
        .map((item, index) => ({ item, index }))
        .sort(
          (a, b) =>
            order.get(a.item.camp)! - order.get(b.item.camp)! ||
            a.item.day - b.item.day ||
            (a.item.mark?.stack ?? 0) - (b.item.mark?.stack ?? 0),
        ),
    [unsorted, order],
  )
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const position = Math.max(
    0,
    items.findIndex(({ item }) => item.key === activeKey),
  )
  const active = items[position]?.index ?? -1
  const elements = useRef(new Map<number, SVGElement>())
  const refFor = useCallback(
    (index: number) => (element: SVGElement | null) => {
      if (element) elements.current.set(index, element)
      else elements.current.delete(index)
    },
    [],
  )
  const setActive = useCallback((index: number) => setActiveKey(unsorted[index]?.key ?? null), [unsorted])

  const moveTo = (to: number) => {
    const target = items[to]
    if (!target) return
    setActiveKey(target.item.key)
    elements.current.get(target.index)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const here = items[position]
    if (!here) return
    const camp = order.get(here.item.camp)!
    const sameCamp = (i: number) => items[i] && order.get(items[i].item.camp) === camp
    const nearestIn = (row: number) => {
      let best = -1
      for (let i = 0; i < items.length; i++) {
        if (order.get(items[i]!.item.camp) !== row) continue
        if (
          best === -1 ||
          Math.abs(items[i]!.item.day - here.item.day) < Math.abs(items[best]!.item.day - here.item.day)
        )
          best = i
      }
      return best
    }
    let to = -1
    switch (event.key) {
      case 'ArrowRight':
        to = sameCamp(position + 1) ? position + 1 : position
        break
      case 'ArrowLeft':
        to = sameCamp(position - 1) ? position - 1 : position
        break
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = event.key === 'ArrowDown' ? 1 : -1
        for (let row = camp + step; row >= 0 && row < perspectives.length; row += step) {
          to = nearestIn(row)
          if (to !== -1) break
        }
        if (to === -1) to = position
        break
      }
      case 'Home':
        to = items.findIndex(({ item }) => order.get(item.camp) === camp)
        break
      case 'End':
        to = items.findLastIndex(({ item }) => order.get(item.camp) === camp)
        break
      case 'Enter':
      case ' ':
        event.preventDefault()
        act(here.item)
        return
      default:
        return
    }
    event.preventDefault()
    moveTo(to)
  }

  return { active, refFor, setActive, onKeyDown }
}
