import { STANCES, type Stance } from '@/lib/story/codebook'
import { STANCE_NAMES } from '@/lib/story/vocabulary'
import { formatIsoDate } from '@/lib/view/source-date'
import { dayNumber } from '@/lib/view/timeline'
import type { StatementRow } from '@/lib/view/view-model'
import { STANCE_COLOR, stanceMarkPath } from '../stance-fill'

const W = 640
const H = 64
/** Room on the left for the stance names. */
const LABEL = 64

/**
 * A speaker's stance on one claim over time, small: one mark per dated statement, coloured
 * by stance, its stance on the scale top to bottom. Drawn on the server as plain SVG; the
 * list below it is its text alternative. Rows without a stance on the claim are left out.
 */
export function StanceStrip({
  id,
  rows,
  claim,
}: {
  /** Unique on the page: names the strip's title and description. */
  id: string
  rows: readonly StatementRow[]
  claim: string
}) {
  const dated = rows.filter(
    (row): row is StatementRow & { stance: Stance } => row.date.iso !== null && row.stance !== null,
  )
  if (dated.length === 0) return null
  const days = dated.map((row) => dayNumber(row.date.iso!))
  const first = Math.min(...days)
  const last = Math.max(...days)
  const x = (day: number) => LABEL + 8 + ((day - first) / Math.max(1, last - first)) * (W - LABEL - 16)
  const y = (stance: (typeof STANCES)[number]) => 8 + STANCES.indexOf(stance) * ((H - 16) / 3)
  const counts = STANCES.map(
    (s) => `${dated.filter((r) => r.stance === s).length} ${STANCE_NAMES[s].toLowerCase()}`,
  )
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      className="mt-2 block h-auto max-w-2xl text-zinc-800 dark:text-zinc-100"
    >
      <title id={`${id}-title`}>{`Stance over time on “${claim}”`}</title>
      <desc id={`${id}-desc`}>
        {`${dated.length} dated statement${dated.length === 1 ? '' : 's'} from ${formatIsoDate(dated[0]!.date.iso!)} to ${formatIsoDate(dated.at(-1)!.date.iso!)}: ${counts.join(', ')}. Supports at the top, rejects at the bottom.`}
      </desc>
      {STANCES.map((stance) => (
        <g key={stance}>
          <text x="0" y={y(stance)} dy="0.35em" fontSize="11" fill="currentColor">
            {STANCE_NAMES[stance]}
          </text>
          <line x1={LABEL} x2={W} y1={y(stance)} y2={y(stance)} stroke="currentColor" strokeOpacity="0.15" />
        </g>
      ))}
      {dated.map((row, i) => (
        <path
          key={row.id + i}
          d={stanceMarkPath(row.stance, x(days[i]!), y(row.stance), 4)}
          className={`${row.date.inferred ? 'fill-white' : STANCE_COLOR[row.stance].fill} ${STANCE_COLOR[row.stance].stroke}`}
          strokeWidth={row.date.inferred ? 2 : 1}
        />
      ))}
    </svg>
  )
}
