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
  let next = 0
  let cancelled = false
  const schedule: (fn: () => void) => void =
    typeof requestIdleCallback === 'function' ? (fn) => requestIdleCallback(fn) : (fn) => setTimeout(fn, 0)
  const step = () => {
    if (cancelled) return
    const end = Math.min(items.length, next + slice)
    for (; next < end; next++) work(items[next]!)
    if (next < items.length) schedule(step)
    else done?.()
  }
  schedule(step)
  return () => {
    cancelled = true
  }
}
