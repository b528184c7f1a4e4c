import type { ReactNode } from 'react'
import { KIND_LABELS } from '@/lib/story/vocabulary'
import { speakerPath } from '@/lib/view/speaker-slug'
import type { StatementRow } from '@/lib/view/view-model'
import { campColor } from './camp-colors'
import { StanceBadge } from './stance-badge'

const LINK = 'text-blue-700 underline dark:text-blue-300'

/**
 * One statement as a list entry (timeline, source page, speaker page): camp, speaker with
 * role, stance, the words (quoted, or marked as a paraphrase), when, and a link to its row.
 */
export function StatementEntry({
  row,
  id,
  rowHref,
  rowLinkText = 'Go to its row',
  onGoTo,
  extra,
  speakerLink = true,
}: {
  row: StatementRow
  id?: string
  rowHref: string
  rowLinkText?: string
  onGoTo?: (rowId: string) => void
  /** Shown on the last line, before the link: e.g. the story's title on a speaker page. */
  extra?: ReactNode
  speakerLink?: boolean
}) {
  const color = campColor(row.perspectiveIndex)
  return (
    <li
      id={id}
      tabIndex={id ? -1 : undefined}
      className={`scroll-mt-24 rounded-md border-l-4 bg-white py-1.5 pl-3 pr-2 text-sm break-inside-avoid focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-zinc-900 ${color.rule.replace(/border-t-/g, 'border-l-')}`}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={`rounded px-1.5 text-xs font-semibold ${color.chip}`}>{row.perspectiveLabel}</span>
        {speakerLink ? (
          <a href={speakerPath(row.speaker)} className={`font-semibold ${LINK}`}>
            {row.speaker}
          </a>
        ) : (
          <span className="font-semibold">{row.speaker}</span>
        )}
        {row.role ? <span className="text-zinc-700 dark:text-zinc-300">{row.role}</span> : null}
        <StanceBadge stance={row.stance} />
        <span className="text-xs text-zinc-700 dark:text-zinc-300">
          {row.date.inferred ? <em>{row.date.display}</em> : row.date.display}
        </span>
      </div>
      <p className="mt-1 text-zinc-900 dark:text-zinc-50">
        {row.kind === 'direct' ? (
          <q>{row.text}</q>
        ) : (
          <>
            <span className="text-xs font-semibold text-zinc-700 dark:text-zinc-300">
              {KIND_LABELS.paraphrase}:{' '}
            </span>
            {row.text}
          </>
        )}
      </p>
      <p className="mt-0.5 text-xs text-zinc-700 dark:text-zinc-300">
        {extra}
        {row.stanceLabel === null ? null : <>{row.stanceLabel} · </>}
        <a
          href={rowHref}
          onClick={
            onGoTo
              ? (event) => {
                  event.preventDefault()
                  onGoTo(row.id)
                }
              : undefined
          }
          className={LINK}
        >
          {rowLinkText}
          <span className="sr-only">
            : {row.speaker}, {row.date.display}
          </span>
        </a>
      </p>
    </li>
  )
}
