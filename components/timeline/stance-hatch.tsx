import { useId } from 'react'
import type { StanceFacet } from '@/lib/story/codebook'

/**
 * A texture per stance for the chart's stacked bars, drawn in the stance's ink over its
 * colour, so a bar never tells the stances apart by colour alone: supports solid, mixed
 * diagonal lines, neutral dots, rejects crossed lines, no stance level lines. Drawn inside
 * each SVG that uses it, so a downloaded chart keeps its textures.
 */
const TILE = 6

const INK: Record<StanceFacet, string> = {
  supports: 'stroke-stance-supports-ink fill-stance-supports-ink',
  mixed: 'stroke-stance-mixed-ink fill-stance-mixed-ink',
  neutral: 'stroke-stance-neutral-ink fill-stance-neutral-ink',
  rejects: 'stroke-stance-rejects-ink fill-stance-rejects-ink',
  none: 'stroke-stance-none-ink fill-stance-none-ink',
}

function Texture({ stance }: { stance: StanceFacet }) {
  switch (stance) {
    case 'supports':
      return null
    case 'mixed':
      return (
        <path
          d={`M0,${TILE} L${TILE},0 M-1,1 L1,-1 M${TILE - 1},${TILE + 1} L${TILE + 1},${TILE - 1}`}
          strokeWidth="1.2"
        />
      )
    case 'neutral':
      return <circle cx={TILE / 2} cy={TILE / 2} r="1.1" stroke="none" />
    case 'rejects':
      return <path d={`M0,0 L${TILE},${TILE} M0,${TILE} L${TILE},0`} strokeWidth="1" fill="none" />
    case 'none':
      return <path d={`M0,${TILE / 2} L${TILE},${TILE / 2}`} strokeWidth="1.2" />
  }
}

/** The `<pattern>` for one stance; `id` must be unique on the page. */
export function StanceHatchPattern({ id, stance }: { id: string; stance: StanceFacet }) {
  return (
    <pattern id={id} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
      <g className={INK[stance]} opacity="0.75">
        <Texture stance={stance} />
      </g>
    </pattern>
  )
}

/** The pattern ids of one SVG, from a React id (useId). */
export function hatchIds(prefix: string): Record<StanceFacet, string> {
  const safe = prefix.replace(/[^a-zA-Z0-9_-]/g, '')
  return {
    supports: `${safe}-hatch-supports`,
    mixed: `${safe}-hatch-mixed`,
    neutral: `${safe}-hatch-neutral`,
    rejects: `${safe}-hatch-rejects`,
    none: `${safe}-hatch-none`,
  }
}

/** A key swatch for a stance's bar: its colour and its texture. */
export function StanceBarSwatch({ stance, fill }: { stance: StanceFacet; fill: string }) {
  const id = hatchIds(`key${useId()}`)[stance]
  return (
    <svg width="14" height="10" aria-hidden="true">
      <defs>
        <StanceHatchPattern id={id} stance={stance} />
      </defs>
      <rect width="14" height="10" className={fill} />
      <rect width="14" height="10" fill={`url(#${id})`} />
    </svg>
  )
}
