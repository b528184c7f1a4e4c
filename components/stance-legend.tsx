import { STANCES } from '@/lib/story/codebook'
import { STANCE_MEANINGS } from '@/lib/story/vocabulary'
import { StanceBadge } from './stance-badge'

/** Stance is always toward the story's question; the legend says so next to it. */
export function StanceLegend() {
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
      {STANCES.map((stance) => (
        <div key={stance} className="flex items-center gap-2">
          <dt>
            <StanceBadge stance={stance} />
          </dt>
          <dd className="text-zinc-700 dark:text-zinc-200">{STANCE_MEANINGS[stance]}</dd>
        </div>
      ))}
    </dl>
  )
}
