import type { Stance } from '@/lib/story/codebook'
import { NO_STANCE_NAME, STANCE_NAMES } from '@/lib/story/vocabulary'

const STANCE_STYLE: Record<Stance, { glyph: string; className: string }> = {
  supports: {
    glyph: '●',
    className:
      'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-900 dark:text-violet-50 dark:ring-violet-700',
  },
  mixed: {
    glyph: '◐',
    className:
      'bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-900 dark:text-orange-50 dark:ring-orange-700',
  },
  neutral: {
    glyph: '○',
    className:
      'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-600',
  },
  rejects: {
    glyph: '✕',
    className: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-900 dark:text-sky-50 dark:ring-sky-700',
  },
}

/**
 * The stance word is always written out: colour and glyph only repeat it. Narrow table
 * cells leave the glyph out so the word never spills into the next column. A statement
 * that does not address the claim shown has no stance, and says so in plain words.
 */
export function StanceBadge({ stance, glyph = true }: { stance: Stance | null; glyph?: boolean }) {
  if (stance === null)
    return (
      <span className="inline-flex max-w-full items-center rounded-full border border-dashed border-zinc-500 px-1 py-0.5 text-[0.7rem] font-semibold italic text-zinc-700 dark:border-zinc-400 dark:text-zinc-200">
        {NO_STANCE_NAME}
      </span>
    )
  const style = STANCE_STYLE[stance]
  return (
    <span
      className={`inline-flex max-w-full items-center gap-0.5 rounded-full px-1 py-0.5 text-[0.7rem] font-semibold ring-1 ring-inset print:ring-0 ${style.className}`}
    >
      {glyph ? <span aria-hidden="true">{style.glyph}</span> : null}
      {STANCE_NAMES[stance]}
    </span>
  )
}
