import type { Stance } from '@/lib/story/codebook'
import { NO_STANCE_NAME, STANCE_NAMES } from '@/lib/story/vocabulary'
import { STANCE_COLOR } from './stance-fill'

/** Each stance's shape, shared by every place that shows a stance (never colour alone). */
export const STANCE_GLYPH: Record<Stance, string> = { supports: '●', mixed: '◆', neutral: '■', rejects: '✕' }

/**
 * The stance word is always written out, in the stance's ink on its solid colour (a family
 * apart from the camps'); colour and glyph only repeat it. Narrow table cells leave the
 * glyph out so the word never spills into the next column. A statement that does not
 * address the claim shown has no stance, and says so in plain words.
 */
export function StanceBadge({ stance, glyph = true }: { stance: Stance | null; glyph?: boolean }) {
  if (stance === null)
    return (
      <span className="inline-flex max-w-full items-center rounded-full border border-dashed border-zinc-500 px-1 py-0.5 text-[0.7rem] font-semibold italic text-zinc-700 dark:border-zinc-400 dark:text-zinc-200">
        {NO_STANCE_NAME}
      </span>
    )
  return (
    <span className={`stance-bar stance-badge ${STANCE_COLOR[stance].solid}`}>
      {glyph ? <span aria-hidden="true">{STANCE_GLYPH[stance]}</span> : null}
      {STANCE_NAMES[stance]}
    </span>
  )
}
