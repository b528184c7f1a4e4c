/**
 * Splits a source text into consecutive segments at every anchor boundary, so that each
 * segment is covered by a fixed set of anchors. Joining the segments' text gives back the
 * source exactly: highlighting can never alter or drop a character, however the anchors
 * overlap, nest, touch or repeat.
 */

export interface SpanRef {
  id: string
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  text: string
  /** Ids of the anchors covering this segment, in the order they were given. */
  ids: string[]
}

export function segmentText(text: string, anchors: readonly SpanRef[]): Segment[] {
  // Clamp to the text so a bad anchor cannot duplicate or drop characters.
  const valid = anchors
    .map((a) => ({
      ...a,
      start: Math.max(0, Math.min(a.start, text.length)),
      end: Math.max(0, Math.min(a.end, text.length)),
    }))
    .filter((a) => a.end > a.start)
  const cuts = new Set<number>([0, text.length])
  for (const a of valid) {
    cuts.add(a.start)
    cuts.add(a.end)
  }
  const points = [...cuts].sort((x, y) => x - y)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    if (end <= start) continue
    const ids = valid.filter((a) => a.start <= start && a.end >= end).map((a) => a.id)
    segments.push({ start, end, text: text.slice(start, end), ids })
  }
  return segments
}
