import { STANCES } from '@/lib/story/codebook'
import { NO_STANCE_NAME, STANCE_NAMES } from '@/lib/story/vocabulary'
import { stanceMarkPath } from '../stance-fill'
import { STANCE_COLOR } from './chart-keys'
import { StanceBarSwatch } from './stance-hatch'

/**
 * The stance-over-time chart's key: each stance's mark (or, when the chart counts in
 * bars, its bar's colour and texture), the bar for statements without a stance when
 * there are any, and the hollow mark of an inferred date.
 */
export function StanceKey({ bars, noStance }: { bars: boolean; noStance: boolean }) {
  return (
    <ul
      aria-label="Stance colours"
      className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-800 dark:text-zinc-200"
    >
      {STANCES.map((stance) => (
        <li key={stance} className="flex items-center gap-1">
          {bars ? (
            <StanceBarSwatch stance={stance} fill={STANCE_COLOR[stance].fill} />
          ) : (
            <svg width="10" height="10" aria-hidden="true">
              <path d={stanceMarkPath(stance, 5, 5, 4)} className={STANCE_COLOR[stance].fill} />
            </svg>
          )}
          {STANCE_NAMES[stance]}
        </li>
      ))}
      {noStance ? (
        <li className="flex items-center gap-1">
          {bars ? (
            <StanceBarSwatch stance="none" fill={STANCE_COLOR.none.fill} />
          ) : (
            <svg width="10" height="10" aria-hidden="true">
              <path d={stanceMarkPath('none', 5, 5, 4)} className={STANCE_COLOR.none.fill} />
            </svg>
          )}
          {bars ? '' : 'bar: '}
          {NO_STANCE_NAME.toLowerCase()}
        </li>
      ) : null}
      <li className="flex items-center gap-1">
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="3.5" fill="white" stroke="#71717a" strokeWidth="1.5" />
        </svg>
        hollow: date inferred from the source
      </li>
    </ul>
  )
}
