'use client'

import { useState } from 'react'
import { KIND_LABELS } from '@/lib/story/vocabulary'
import { speakerPath } from '@/lib/view/speaker-slug'
import { groupByDay } from '@/lib/view/timeline'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { campColor } from '../camp-colors'
import { StanceBadge } from '../stance-badge'

/** Entries drawn at once; a large story shows more on request, not 50,000 at first paint. */
const PAGE = 150

interface TimelineListProps {
  /** Filtered rows, already in date order (lib/view/timeline.ts). */
  rows: readonly StatementRow[]
  perspectives: readonly WorkspacePerspective[]
  onGoToStatement: (rowId: string) => void
}

/** The statements in the order they were said, one heading per day, the undated last. */
export function TimelineList({ rows, perspectives, onGoToStatement }: TimelineListProps) {
  const [limit, setLimit] = useState(PAGE)
  const groups = groupByDay(rows.slice(0, limit))
  const labels = new Map(perspectives.map((p) => [p.id, p.label]))
  const left = rows.length - Math.min(limit, rows.length)
  return (
    <section aria-labelledby="timeline-heading" className="mt-6">
      <h3 id="timeline-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        Statements in date order
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-200">
        A date marked <em>inferred</em> is the source’s; the statement gives none of its own.
      </p>
      {groups.map((group) => (
        <section key={group.iso ?? 'unknown'} aria-label={group.heading} className="mt-4">
          <h4 className="border-b border-zinc-300 pb-1 text-sm font-semibold text-zinc-900 break-after-avoid dark:border-zinc-600 dark:text-zinc-50">
            {group.heading}
          </h4>
          <ol className="mt-2 space-y-2">
            {group.rows.map((row) => (
              <li
                key={row.id}
                id={`t-${row.id}`}
                tabIndex={-1}
                className={`rounded-md border-l-4 bg-white py-1.5 pl-3 pr-2 text-sm break-inside-avoid focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-zinc-900 ${campColor(row.perspectiveIndex).rule.replace(/border-t-/g, 'border-l-')}`}
              >
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span
                    className={`rounded px-1.5 text-xs font-semibold ${campColor(row.perspectiveIndex).chip}`}
                  >
                    {labels.get(row.perspectiveId) ?? row.perspectiveLabel}
                  </span>
                  <a
                    href={speakerPath(row.speaker)}
                    className="font-semibold text-blue-700 underline dark:text-blue-300"
                  >
                    {row.speaker}
                  </a>
                  {row.role ? <span className="text-zinc-700 dark:text-zinc-300">{row.role}</span> : null}
                  <StanceBadge stance={row.stance} />
                  {row.date.inferred ? (
                    <span className="text-xs italic text-zinc-700 dark:text-zinc-300">
                      date inferred from the source
                    </span>
                  ) : null}
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
                  [{row.source.number}] · {row.stanceLabel} ·{' '}
                  <a
                    href={`#s-${row.id}`}
                    onClick={(event) => {
                      event.preventDefault()
                      onGoToStatement(row.id)
                    }}
                    className="text-blue-700 underline dark:text-blue-300"
                  >
                    Go to its row
                    <span className="sr-only">
                      : {row.speaker}, {row.date.display}
                    </span>
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {left > 0 ? (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE)}
          className="mt-4 rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800 print:hidden"
        >
          Show {Math.min(PAGE, left)} more ({left.toLocaleString('en')} not shown)
        </button>
      ) : null}
    </section>
  )
}
