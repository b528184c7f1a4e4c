import type { Stance } from '@/lib/story/codebook'
import { STANCE_NAMES } from '@/lib/story/vocabulary'
import { STANCE_COLOR } from './stance-fill'

const GLYPH: Record<Stance, string> = { supports: '●', mixed: '◆', neutral: '■', rejects: '✕' }

/**
 * The stance word is always written out, in the stance's ink on its solid colour (a family
 * apart from the camps'); colour and glyph only repeat it. Narrow table cells leave the
 * glyph out so the word never spills into the next column.
 */
export function StanceBadge({ stance, glyph = true }: { stance: Stance; glyph?: boolean }) {
  return (
    <span
      className={`stance-bar inline-flex max-w-full items-center gap-0.5 rounded-full px-1.5 py-0.5 text-[0.7rem] font-semibold ${STANCE_COLOR[stance].solid}`}
    >
      {glyph ? <span aria-hidden="true">{GLYPH[stance]}</span> : null}
      {STANCE_NAMES[stance]}
    </span>
  )
}
