import type { StanceFacet } from '@/lib/story/codebook'

/**
 * The stance colours (defined per theme in app/globals.css as `--stance-*`), spelled out
 * in full so Tailwind finds them. Classes rather than fill attributes: a mark's focus
 * outline overrides its stroke, and the theme switches the colour. `none` is a statement
 * that does not address the claim shown: grey, and a shape of its own.
 */
export const STANCE_COLOR: Record<StanceFacet, { fill: string; stroke: string; solid: string }> = {
  supports: {
    fill: 'fill-stance-supports',
    stroke: 'stroke-stance-supports',
    solid: 'bg-stance-supports text-stance-supports-ink',
  },
  mixed: {
    fill: 'fill-stance-mixed',
    stroke: 'stroke-stance-mixed',
    solid: 'bg-stance-mixed text-stance-mixed-ink',
  },
  neutral: {
    fill: 'fill-stance-neutral',
    stroke: 'stroke-stance-neutral',
    solid: 'bg-stance-neutral text-stance-neutral-ink',
  },
  rejects: {
    fill: 'fill-stance-rejects',
    stroke: 'stroke-stance-rejects',
    solid: 'bg-stance-rejects text-stance-rejects-ink',
  },
  none: {
    fill: 'fill-stance-none',
    stroke: 'stroke-stance-none',
    solid: 'bg-stance-none text-stance-none-ink',
  },
}

/**
 * A mark's shape repeats its stance, so a chart never says it by colour alone: the
 * badges' glyphs drawn as paths (● supports, ◆ mixed, ■ neutral, ✕ rejects, and a bar
 * for no stance on the claim), centred
 * on (cx, cy), none reaching more than 1.05 r from it.
 */
export function stanceMarkPath(stance: StanceFacet, cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100
  switch (stance) {
    case 'supports':
      return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`
    case 'mixed':
      return `M${f(cx)} ${f(cy - r * 1.05)}L${f(cx + r * 1.05)} ${f(cy)}L${f(cx)} ${f(cy + r * 1.05)}L${f(cx - r * 1.05)} ${f(cy)}Z`
    case 'neutral':
      return `M${f(cx - r * 0.85)} ${f(cy - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`
    case 'none':
      return `M${f(cx - r)} ${f(cy - r * 0.4)}h${f(2 * r)}v${f(r * 0.8)}h${f(-2 * r)}Z`
    case 'rejects': {
      // A cross with arms of width w, as one outline so it fills and strokes like the rest.
      const a = r * 0.95
      const w = r * 0.42
      return [
        `M${f(cx - a)} ${f(cy - a + w)}L${f(cx - a + w)} ${f(cy - a)}L${f(cx)} ${f(cy - w)}`,
        `L${f(cx + a - w)} ${f(cy - a)}L${f(cx + a)} ${f(cy - a + w)}L${f(cx + w)} ${f(cy)}`,
        `L${f(cx + a)} ${f(cy + a - w)}L${f(cx + a - w)} ${f(cy + a)}L${f(cx)} ${f(cy + w)}`,
        `L${f(cx - a + w)} ${f(cy + a)}L${f(cx - a)} ${f(cy + a - w)}L${f(cx - w)} ${f(cy)}Z`,
      ].join('')
    }
  }
}
