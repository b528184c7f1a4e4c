'use client'

import { NO_STANCE, STANCES, type Stance, type StanceFacet } from '@/lib/story/codebook'
import { NO_STANCE_NAME, STANCE_MEANINGS, STANCE_NAMES } from '@/lib/story/vocabulary'
import type { CampSpread } from '@/lib/view/spread'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { campColor } from '../camp-colors'
import { STANCE_GLYPH } from '../stance-badge'
import { STANCE_COLOR } from '../stance-fill'

// Solid stance fills with their ink (4.5:1 or more, components/palette.test.ts).
const FILL: Record<Stance, string> = {
  supports: STANCE_COLOR.supports.solid,
  mixed: STANCE_COLOR.mixed.solid,
  neutral: STANCE_COLOR.neutral.solid,
  rejects: STANCE_COLOR.rejects.solid,
}

interface StanceSpreadProps {
  perspectives: readonly WorkspacePerspective[]
  spread: readonly CampSpread[]
  /** The segment the filters show now, if they show exactly one. */
  active: { perspectiveId: string; stance: StanceFacet } | null
  onPick: (pick: { perspectiveId: string; stance: StanceFacet } | null) => void
  /** The claim the stances are on, when a claim filter is set (else the question). */
  claim?: string | null
}

/**
 * Where each camp stands, at a glance: one bar per camp split by stance, with counts.
 * A segment is a button that filters the statements to that camp and stance; pressed
 * again, it clears them.
 */
export function StanceSpread({ perspectives, spread, active, onPick, claim = null }: StanceSpreadProps) {
  return (
    <section aria-labelledby="spread-heading" className="min-w-0">
      <h2 id="spread-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        Where each camp stands{' '}
        <span className="font-normal text-zinc-600 dark:text-zinc-300">
          (reviewed statements{claim ? `, on the claim “${claim}”` : ''})
        </span>
      </h2>
      <ul aria-label="Stance key" className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
        {STANCES.map((stance) => (
          <li key={stance} className="flex items-center gap-1" title={STANCE_MEANINGS[stance]}>
            <span
              aria-hidden="true"
              className={`stance-bar inline-flex h-4 w-4 items-center justify-center rounded-sm text-[0.6rem] ${FILL[stance]}`}
            >
              {STANCE_GLYPH[stance]}
            </span>
            {STANCE_NAMES[stance]}:{' '}
            <span className="text-zinc-600 dark:text-zinc-300">{STANCE_MEANINGS[stance]}</span>
          </li>
        ))}
      </ul>
      <ul className="mt-2 space-y-1.5">
        {spread.map((camp) => {
          const perspective = perspectives.find((p) => p.id === camp.perspectiveId)!
          return (
            <li key={camp.perspectiveId} className="flex items-center gap-2 text-sm">
              <span className="flex w-44 flex-none items-center gap-1.5 truncate font-medium text-zinc-900 dark:text-zinc-50">
                <span
                  aria-hidden="true"
                  className={`h-2.5 w-2.5 flex-none rounded-full ${campColor(perspective.index).swatch}`}
                />
                <span className="truncate" title={perspective.label}>
                  {perspective.label}
                </span>
              </span>
              {camp.total === 0 ? (
                <span className="flex-1 text-xs italic text-zinc-600 dark:text-zinc-300">
                  {camp.none > 0 ? 'no stance on it' : 'no reviewed statements'}
                </span>
              ) : (
                <span className="stance-bar flex min-w-0 flex-1 overflow-hidden rounded">
                  {STANCES.filter((stance) => camp.counts[stance] > 0).map((stance) => {
                    const count = camp.counts[stance]
                    const pressed = active?.perspectiveId === camp.perspectiveId && active.stance === stance
                    return (
                      <button
                        key={stance}
                        type="button"
                        aria-pressed={pressed}
                        aria-label={`${perspective.label}, ${STANCE_NAMES[stance]}: ${count} statement${count === 1 ? '' : 's'}`}
                        onClick={() => onPick(pressed ? null : { perspectiveId: camp.perspectiveId, stance })}
                        style={{ flexGrow: count }}
                        className={`min-w-10 basis-0 whitespace-nowrap px-1.5 py-0.5 text-left text-xs font-semibold tabular-nums hover:brightness-110 focus-visible:relative focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-pressed:ring-2 aria-pressed:ring-inset aria-pressed:ring-zinc-950 dark:aria-pressed:ring-white ${FILL[stance]}`}
                      >
                        {/* The shape repeats the stance, so the bar never says it by colour alone. */}
                        <span aria-hidden="true">{STANCE_GLYPH[stance]}</span> {count}
                      </button>
                    )
                  })}
                </span>
              )}
              {camp.none > 0 ? (
                // Counted apart: a statement that does not address the claim takes no stance on it.
                <button
                  type="button"
                  aria-pressed={active?.perspectiveId === camp.perspectiveId && active.stance === NO_STANCE}
                  aria-label={`${perspective.label}, ${NO_STANCE_NAME.toLowerCase()}: ${camp.none} statement${camp.none === 1 ? '' : 's'}`}
                  onClick={() =>
                    onPick(
                      active?.perspectiveId === camp.perspectiveId && active.stance === NO_STANCE
                        ? null
                        : { perspectiveId: camp.perspectiveId, stance: NO_STANCE },
                    )
                  }
                  className="flex-none rounded border border-dashed border-zinc-500 px-1.5 py-0.5 text-xs tabular-nums text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-pressed:ring-2 aria-pressed:ring-zinc-950 dark:border-zinc-400 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:aria-pressed:ring-white"
                >
                  +{camp.none} not addressing it
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
