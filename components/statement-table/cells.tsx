import { CHANNEL_LABELS, KIND_LABELS, UNKNOWN_SOURCE } from '@/lib/story/vocabulary'
import type { StatementRow } from '@/lib/view/view-model'
import { campColor } from '../camp-colors'
import { StanceBadge } from '../stance-badge'
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
      {row.review === 'draft' && <DraftMarker />}
      <div className="font-semibold text-zinc-900 dark:text-zinc-50">
        <Highlight text={row.speaker} />
      </div>
      {row.role ? (
        <div className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-300">
          <Highlight text={row.role} />
        </div>
      ) : (
        <div className="mt-0.5 text-xs italic text-zinc-600 dark:text-zinc-300">Role not given</div>
      )}
    </div>
  )
}

/** A drafted row is visibly unchecked, in print too: its reading is the extractor's. */
function DraftMarker() {
  return (
    <span
      dir="ltr"
      title="Drafted by the import tool; not yet reviewed by an analyst"
      className="mb-1 inline-block rounded border border-dashed border-violet-700 px-1.5 text-xs font-semibold uppercase tracking-wide text-violet-800 dark:border-violet-300 dark:text-violet-200"
    >
      Draft
    </span>
  )
}

function CaveatIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 flex-none fill-current">
      <path d="M10 2 1 18h18L10 2Zm0 4.5 5.6 9.7H4.4L10 6.5Zm-.9 3v3.4h1.8V9.5H9.1Zm0 4.3v1.7h1.8v-1.7H9.1Z" />
    </svg>
  )
}

function Caveats({ caveats }: { caveats: readonly string[] }) {
  if (caveats.length === 0) return null
  return (
    <ul className="mt-2 space-y-1 text-xs text-amber-900 dark:text-amber-100">
      {caveats.map((caveat) => (
        <li
          key={caveat}
          className="flex gap-1.5 rounded bg-amber-50 px-1.5 py-1 dark:bg-amber-950/70 print:bg-transparent"
        >
          <CaveatIcon />
          <span dir="auto">
            <span className="sr-only" dir="ltr">
              Caveat:{' '}
            </span>
            <Highlight text={caveat} />
          </span>
        </li>
      ))}
    </ul>
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
          <span
            dir="ltr"
            className="mb-0.5 block w-fit rounded border border-zinc-400 px-1 py-px text-[0.65rem] font-semibold uppercase tracking-wide text-zinc-700 dark:border-zinc-500 dark:text-zinc-200"
          >
            {KIND_LABELS.paraphrase}
          </span>
          <span className="sr-only" dir="ltr">
            :{' '}
          </span>
          <Highlight text={row.text} />
        </p>
      )}
      <Caveats caveats={row.caveats} />
      <RowActions row={row} />
    </div>
  )
}

export function StanceCell({ row }: { row: StatementRow }) {
  return (
    <div className="text-xs">
      <StanceBadge stance={row.stance} glyph={false} />
      <div dir="auto" className="mt-1 text-zinc-700 dark:text-zinc-200">
        <Highlight text={row.stanceLabel} />
      </div>
    </div>
  )
}

export function SourceCell({ row }: { row: StatementRow }) {
  const { source } = row
  return (
    <div className="text-xs text-zinc-700 dark:text-zinc-200">
      {source.publisher === null && source.title === null ? (
        <div className="italic">{UNKNOWN_SOURCE.publisherAndTitle}</div>
      ) : (
        <>
          <div className="font-medium text-zinc-900 dark:text-zinc-50">
            {source.publisher ?? <span className="italic">{UNKNOWN_SOURCE.publisher}</span>}
          </div>
          <div>{source.title ?? <span className="italic">{UNKNOWN_SOURCE.title}</span>}</div>
        </>
      )}
      <div title={source.date.reason ?? undefined}>{source.date.display}</div>
      <div className="mt-1 text-zinc-600 dark:text-zinc-300">
        <span className="sr-only" dir="ltr">
          Attribution:{' '}
        </span>
        <Highlight text={row.attribution} />
        {row.channel === 'secondhand' ? (
          <span className="mt-0.5 block w-fit max-w-full rounded bg-zinc-200 px-0.5 text-[0.68rem] font-semibold text-zinc-800 [overflow-wrap:anywhere] dark:bg-zinc-700 dark:text-zinc-100">
            {CHANNEL_LABELS.secondhand}
          </span>
        ) : null}
      </div>
    </div>
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
