import { describe, expect, it } from 'vitest'
import { STANCE_FACETS } from '@/lib/story/codebook'
import { MARK_EXTENT, MARK_R } from '@/lib/view/chart-scale'
import { stanceMarkPath } from './stance-fill'

/** The points a path visits (absolute and relative moves, lines, arcs' end points). */
function points(d: string, cx: number, cy: number): [number, number][] {
  const out: [number, number][] = []
  let x = 0
  let y = 0
  for (const [, cmd, args] of d.matchAll(/([MLhvaZ])([^MLhvaZ]*)/g)) {
    const n = args!.trim()
      ? args!
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : []
    if (cmd === 'M' || cmd === 'L') [x, y] = [n[0]!, n[1]!]
    else if (cmd === 'h') x += n[0]!
    else if (cmd === 'v') y += n[0]!
    else if (cmd === 'a') {
      // An arc of radius n[0] around the centre: its farthest reach is the radius.
      out.push([cx + n[0]!, cy], [cx - n[0]!, cy], [cx, cy + n[0]!], [cx, cy - n[0]!])
      x += n[5]!
      y += n[6]!
    }
    out.push([x, y])
  }
  return out
}

describe('stanceMarkPath', () => {
  it('draws each stance as its own shape, within the box the chart leaves a mark', () => {
    const shapes = STANCE_FACETS.map((stance) => stanceMarkPath(stance, 50, 20, MARK_R))
    // Told apart by their outline's commands, or by their proportions (a square, a bar).
    const outline = (d: string) => {
      const xs = points(d, 50, 20).map((p) => p[0])
      const ys = points(d, 50, 20).map((p) => p[1])
      const ratio = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys))
      return `${d.replace(/[\d.-]+/g, '#')} ${ratio.toFixed(1)}`
    }
    expect(new Set(shapes.map(outline)).size).toBe(STANCE_FACETS.length)
    for (const d of shapes)
      for (const [x, y] of points(d, 50, 20)) {
        // The widest stroke (1.5, a hollow mark) adds 0.75 around the outline.
        expect(Math.abs(x - 50) + 0.75).toBeLessThanOrEqual(MARK_EXTENT + 1e-9)
        expect(Math.abs(y - 20) + 0.75).toBeLessThanOrEqual(MARK_EXTENT + 1e-9)
      }
  })
})
