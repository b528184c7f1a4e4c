import type { StanceFacet } from '@/lib/story/codebook'

/**
 * Stance fills for charts, readable on a light and a dark page alike; marks are outlined
 * too. A statement that does not address the claim shown is drawn apart: a dark grey square.
 */
export const STANCE_FILL: Record<StanceFacet, string> = {
  supports: '#7c3aed',
  mixed: '#f97316',
  neutral: '#a1a1aa',
  rejects: '#0284c7',
  none: '#52525b',
}
