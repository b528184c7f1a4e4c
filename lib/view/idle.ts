/**
 * Runs `work` over items a slice at a time while the browser is idle, so preparing a
 * large story (search text, sort keys) never blocks a frame. Returns a cancel function.
 */
export function eachWhenIdle<T>(
  items: readonly T[],
  work: (item: T) => void,
  /** Called once every item is done, unless cancelled first. */
  done?: () => void,
  slice = 2000,
): () => void {
  return eachIndexWhenIdle(items.length, (i) => work(items[i]!), done, slice)
}

/** eachWhenIdle over the indexes 0 to count - 1. */
export function eachIndexWhenIdle(
  count: number,
  work: (index: number) => void,
  done?: () => void,
  slice = 2000,
): () => void {
  let next = 0
  let cancelled = false
  const schedule: (fn: () => void) => void =
    typeof requestIdleCallback === 'function' ? (fn) => requestIdleCallback(fn) : (fn) => setTimeout(fn, 0)
  const step = () => {
    if (cancelled) return
    const end = Math.min(count, next + slice)
    for (; next < end; next++) work(next)
    if (next < count) schedule(step)
    else done?.()
  }
  schedule(step)
  return () => {
    cancelled = true
  }
}
