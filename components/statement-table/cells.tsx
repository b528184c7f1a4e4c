import { CHANNEL_LABELS, KIND_LABELS, publisherAndTitle } from '@/lib/story/vocabulary'
import { speakerPath } from '@/lib/view/speaker-slug'
import type { StatementRow } from '@/lib/view/view-model'
import { campColor } from '../camp-colors'
import { StanceBadge } from '../stance-badge'
import { Caveats } from './caveats'
import { Highlight } from './highlight'
import { RowActions } from './row-actions'

/**
 * Cell renderers. Every piece of statement and source text is rendered as a React text
 * child, so markup inside the data shows as the characters it is and never runs.
 * Labels for screen readers carry dir="ltr" so that dir="auto" on the text around them
 * takes its direction from the statement itself: a Pashto quote reads right to left.
 */

export function SpeakerCell({ row }: { row: StatementRow }) {
  return (
    <div dir="auto">
      <div className="font-semibold text-zinc-900 dark:text-zinc-50">
        {/* Plain to the eye and in print; a link to everything this speaker said. */}
        <a href={speakerPath(row.speaker)} className="speaker-link">
          <Highlight text={row.speaker} />
        </a>
      </div>
      {row.role ? (
        <div className="row-note mt-0.5">
          <Highlight text={row.role} />
        </div>
      ) : (
        <div className="row-note mt-0.5 italic">Role not given</div>
      )}
    </div>
  )
}

/** How the source knows: the attribution, and a mark when it is known only secondhand. */
function Attribution({ row }: { row: StatementRow }) {
  return (
    <p className="row-note mt-1">
      <span className="sr-only" dir="ltr">
        Attribution:{' '}
      </span>
      <Highlight text={row.attribution} />
      {row.channel === 'secondhand' ? <span className="channel-tag">{CHANNEL_LABELS.secondhand}</span> : null}
    </p>
  )
}

export function StatementCell({ row }: { row: StatementRow }) {
  return (
    <div>
      {row.kind === 'direct' ? (
        <p dir="auto" className="text-zinc-900 dark:text-zinc-50">
          <span className="sr-only" dir="ltr">
            {KIND_LABELS.direct}:{' '}
          </span>
          “<Highlight text={row.text} />”
        </p>
      ) : (
        <p dir="auto" className="text-zinc-800 dark:text-zinc-100">
          <span dir="ltr" className="kind-tag">
            {KIND_LABELS.paraphrase}
          </span>
          <span className="sr-only" dir="ltr">
            :{' '}
          </span>
          <Highlight text={row.text} />
        </p>
      )}
      <Attribution row={row} />
      <Caveats caveats={row.caveats} />
      <RowActions row={row} />
    </div>
  )
}

export function StanceCell({ row }: { row: StatementRow }) {
  return (
    <div className="text-xs">
      <StanceBadge stance={row.stance} glyph={false} />
      {row.stanceLabel === null ? null : (
        <div dir="auto" className="mt-1 text-zinc-700 dark:text-zinc-200">
          <Highlight text={row.stanceLabel} />
        </div>
      )}
    </div>
  )
}

/**
 * The source as a short reference: its number in the story's source list, where its
 * publisher, title and date are given once. Only stories of several sources have it.
 */
export function SourceCell({ row }: { row: StatementRow }) {
  const { source } = row
  return (
    <a
      href={`#source-${source.number}`}
      title={`${publisherAndTitle(source.publisher, source.title)} · ${source.date.display}`}
      className="text-xs font-semibold text-blue-700 underline dark:text-blue-300"
    >
      <span className="sr-only">Source </span>[{source.number}]
      <span className="sr-only">: {source.date.display}</span>
    </a>
  )
}

export function PerspectiveCell({ row }: { row: StatementRow }) {
  return (
    <span className="inline-flex items-start gap-1.5 font-medium text-zinc-900 dark:text-zinc-50">
      <span
        aria-hidden="true"
        className={`mt-1 h-2.5 w-2.5 flex-none rounded-full ${campColor(row.perspectiveIndex).swatch}`}
      />
      {row.perspectiveLabel}
    </span>
  )
}
