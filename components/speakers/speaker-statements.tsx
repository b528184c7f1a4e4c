'use client'

import { useMemo, useState } from 'react'
import { searchSpeakerStatements, speakerHaystack } from '@/lib/view/speaker-search'
import type { SpeakerStatement } from '@/lib/view/speakers'
import { downloadText } from '../download'
import { StatementEntry } from '../statement-entry'

/**
 * A speaker's statements across stories (in date order), with a search and a CSV export;
 * of one page of them when `partOf` gives how many they have in all: the search then
 * covers the page shown, and says so, and the CSV comes from the server with every page.
 */
export function SpeakerStatements({
  slug,
  items,
  partOf,
}: {
  slug: string
  items: readonly SpeakerStatement[]
  partOf?: number
}) {
  const [q, setQ] = useState('')
  const haystacks = useMemo(() => items.map(speakerHaystack), [items])
  const shown = searchSpeakerStatements(items, q, haystacks)
  const exportCsv = async () => {
    const { speakerStatementsToCsv, fileNamePart } = await import('@/lib/export/csv')
    const day = new Date().toISOString().slice(0, 10)
    const query = q.trim() ? `_q-${fileNamePart(q).slice(0, 40)}` : ''
    downloadText(
      `speaker_${slug}_${day}${query}.csv`,
      speakerStatementsToCsv(shown, { origin: window.location.origin }),
      'text/csv;charset=utf-8',
    )
  }
  return (
    <section aria-labelledby="speaker-statements-heading" className="mt-6">
      <h2 id="speaker-statements-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        Statements in date order
      </h2>
      <div role="search" className="mt-2 flex flex-wrap items-end gap-3 print:hidden">
        {/* At least 16rem wide: on a phone the box takes its own line, its label one line. */}
        <div className="min-w-0 flex-[1_1_16rem]">
          <label htmlFor="speaker-search" className="block text-sm font-semibold">
            {partOf === undefined ? 'Search this speaker’s statements' : 'Search the statements on this page'}
          </label>
          <input
            id="speaker-search"
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-1.5 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-zinc-500 dark:bg-zinc-950 dark:text-zinc-50"
          />
        </div>
        <p aria-live="polite" className="text-sm font-medium tabular-nums">
          {shown.length} of {items.length} statements{partOf === undefined ? '' : ' on this page'}
        </p>
        {partOf !== undefined ? (
          <a
            href={`/speakers/${encodeURIComponent(slug)}/statements.csv${q.trim() ? `?q=${encodeURIComponent(q)}` : ''}`}
            download
            className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900"
          >
            {q.trim() ? 'Export CSV of the matches on every page' : `Export CSV of all ${partOf} statements`}
          </a>
        ) : (
          <button
            type="button"
            onClick={() => void exportCsv()}
            className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-zinc-100 dark:text-zinc-900"
          >
            Export CSV
          </button>
        )}
      </div>
      <ol className="mt-3 space-y-2">
        {shown.map(({ storyId, storyTitle, row }) => (
          <StatementEntry
            key={`${storyId}/${row.id}`}
            row={row}
            speakerLink={false}
            rowHref={`/stories/${storyId}#s-${row.id}`}
            rowLinkText="Its row in the story"
            extra={
              <>
                <a href={`/stories/${storyId}`} className="text-blue-700 underline dark:text-blue-300">
                  {storyTitle}
                </a>
                {' · '}
              </>
            }
          />
        ))}
      </ol>
    </section>
  )
}
