/**
 * What the browser window shows of a view, from the layout of the last frame: the first
 * frame after a large change (a new claim, the Claims view opened) draws only that, and
 * the rest follows in a render that gives way to input.
 */

/** Where a scrolling frame sits in the window (its client rect's top and bottom) and how far it has scrolled. */
export interface FrameBox {
  top: number
  bottom: number
  scrollTop: number
}

/**
 * The rows of a windowed list (offsets from the top of its scrolling frame's content) that
 * show in the window: inside both the window and the frame.
 */
export function itemsOnScreen<T extends { start: number; end: number }>(
  items: readonly T[],
  frame: FrameBox,
  windowHeight: number,
): T[] {
  const top = Math.max(frame.top, 0)
  const bottom = Math.min(frame.bottom, windowHeight)
  const origin = frame.top - frame.scrollTop
  return items.filter((item) => origin + item.end > top && origin + item.start < bottom)
}

/**
 * How many rows of at least `rowHeight` can show between `top` and the window's bottom:
 * never fewer than one (a view below the fold still gets its first row), never more than `count`.
 */
export function rowsThatFit(top: number, windowHeight: number, rowHeight: number, count: number): number {
  const room = windowHeight - Math.max(top, 0)
  return Math.min(count, Math.max(1, Math.ceil(room / rowHeight)))
}
