import type { Stance } from '@/lib/story/codebook'

/** Stance fills for charts, readable on a light and a dark page alike; marks are outlined too. */
export const STANCE_FILL: Record<Stance, string> = {
  supports: '#7c3aed',
  mixed: '#f97316',
  neutral: '#a1a1aa',
  rejects: '#0284c7',
}
