'use client'

import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Whether an element's content is wider than the element (it scrolls sideways), kept
 * current as it resizes: the page then says so and makes the element a focusable region.
 */
export function useOverflowing(ref: RefObject<HTMLElement | null>, key: unknown): boolean {
  const [overflowing, setOverflowing] = useState(false)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const check = () => setOverflowing(element.scrollWidth > element.clientWidth + 1)
    check()
    const observer = new ResizeObserver(check)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, key])
  return overflowing
}
