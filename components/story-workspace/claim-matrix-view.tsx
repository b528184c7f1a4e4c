'use client'

import { startTransition, useEffect, useRef, useState, type RefObject } from 'react'
import { SILENT } from '@/lib/story/vocabulary'
import type { ClaimCell, ClaimMatrixRow, RowMark } from '@/lib/view/claim-matrix'
import { noResponseText, nonResponseTarget } from '@/lib/view/claims'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { rowsThatFit } from '../on-screen'
import { StanceBadge } from '../stance-badge'
import { useOverflowing } from '../use-overflowing'
import { CampHeaderRow } from './camp-header-row'

interface ClaimMatrixViewProps {
  storyId: string
  /**
   * A large story: the claims on screen are drawn first, with their counts, marks and
   * statuses; the other claims and the speakers' links once that has been painted, in a
   * render that gives way to the reader's input.
   */
  deferSpeakers?: boolean
  /**
   * The element the view is drawn in, still laid out as the previous view left it: its top
   * tells how many claims the window shows, and the first frame draws only those.
   */
  frame?: RefObject<HTMLElement | null>
  perspectives: readonly WorkspacePerspective[]
  rows: readonly ClaimMatrixRow[]
  /** Statements the matrix is drawn from (after every filter). */
  statements: number
  onGoToStatement: (rowId: string) => void
}

const LINK = 'text-blue-700 underline dark:text-blue-300'

/**
 * The claims a large story's first frame draws when where the view stands is not known:
 * more than a tall screen shows below the toolbar. Laying out every cell of 20 claims at
 * once took most of opening the view.
 */
const FIRST_CLAIMS = 8

/** A claim's row at its lowest (its wording on one line), so no row on screen is left out. */
const MIN_CLAIM_ROW = 36

/** How many claims can show between the top of the view's frame and the bottom of the window. */
function claimsOnScreen(frame: HTMLElement | null | undefined, count: number): number {
  if (!frame) return Math.min(count, FIRST_CLAIMS)
  return rowsThatFit(frame.getBoundingClientRect().top, window.innerHeight, MIN_CLAIM_ROW, count)
}

/** The row marks in words: the mark is never colour alone. */
const MARKS: Record<Exclude<RowMark, null>, { word: string; meaning: string; style: string }> = {
  split: {
    word: 'Split',
    meaning: 'one camp supports the claim and another rejects it',
    style: 'border-red-700 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100',
  },
  agree: {
    word: 'Agree',
    meaning: 'two or more camps spoke and none takes the opposite side',
    style:
      'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100',
  },
}

/**
 * Where the camps agree and where they split, claim by claim: claims down (the main claim
 * first), camps across. On a narrow screen the table scrolls sideways in its own region,
 * which says so, and the page itself never does.
 */
export function ClaimMatrixView({
  storyId,
  deferSpeakers = false,
  frame,
  perspectives,
  rows,
  statements,
  onGoToStatement,
}: ClaimMatrixViewProps) {
  const complete = useCompleteAfterPaint(deferSpeakers)
  // Read once, as the view opens: the layout is still the previous frame's.
  const [first] = useState(() => (deferSpeakers ? claimsOnScreen(frame?.current, rows.length) : rows.length))
  const drawn = complete ? rows : rows.slice(0, first)
  const region = useRef<HTMLDivElement>(null)
  const overflowing = useOverflowing(region, perspectives.length)
  return (
    <div className="min-w-0">
      <p
        id="claim-matrix-cue"
        className={`mb-2 text-sm font-medium text-zinc-700 dark:text-zinc-200 print:hidden ${overflowing ? '' : 'sr-only'}`}
      >
        The table is wider than the screen: scroll it sideways to see every camp{' '}
        <span aria-hidden="true">→</span>
      </p>
      <div
        ref={region}
        role="region"
        aria-label="Claims by camp"
        aria-describedby="claim-matrix-cue"
        tabIndex={0}
        aria-busy={!complete}
        data-testid="claim-matrix-region"
        className="relative max-w-full overflow-x-auto rounded-lg border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-zinc-700 dark:bg-zinc-900 print:overflow-visible print:border-0"
      >
        <table className="w-full min-w-[40rem] table-fixed border-collapse text-left text-sm print:min-w-0">
          <caption className="bg-zinc-100 px-3 py-2 text-left text-base font-semibold text-zinc-950 dark:bg-zinc-800 dark:text-zinc-50">
            Claims by camp: where the camps agree and split — {rows.length} claim
            {rows.length === 1 ? '' : 's'}, from {statements.toLocaleString('en')} statement
            {statements === 1 ? '' : 's'}
          </caption>
          <thead>
            <CampHeaderRow corner="Claim ↓ · Camp →" cornerWidth="w-52" perspectives={perspectives} />
          </thead>
          <tbody>
            {drawn.map(({ claim, cells, mark }) => (
              <tr
                key={claim.id}
                id={`claim-${claim.id}`}
                className="border-b border-zinc-200 align-top last:border-b-0 break-inside-avoid dark:border-zinc-700"
              >
                <th scope="row" className="px-3 py-2 font-normal">
                  {claim.main ? (
                    <span className="block text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
                      Main claim (the question)
                    </span>
                  ) : null}
                  <span className="block font-medium text-zinc-900 dark:text-zinc-50">{claim.wording}</span>
                  {mark ? (
                    <span
                      className={`mt-1 inline-block rounded border px-1.5 text-xs font-semibold ${MARKS[mark].style}`}
                    >
                      {MARKS[mark].word}
                      <span className="font-normal">: {MARKS[mark].meaning}</span>
                    </span>
                  ) : null}
                </th>
                {cells.map((cell) => (
                  <td key={cell.perspectiveId} className="px-3 py-2">
                    <Cell
                      storyId={storyId}
                      cell={cell}
                      withSpeakers={complete}
                      onGoToStatement={onGoToStatement}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** False until the matrix's first claims, without speakers, have been painted, when `defer` is set. */
function useCompleteAfterPaint(defer: boolean): boolean {
  const [shown, setShown] = useState(!defer)
  useEffect(() => {
    if (shown) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // The next frame paints the first claims' counts; the task after it adds the rest.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(true)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [shown])
  return shown
}

function Cell({
  storyId,
  cell,
  withSpeakers,
  onGoToStatement,
}: {
  storyId: string
  cell: ClaimCell
  withSpeakers: boolean
  onGoToStatement: (rowId: string) => void
}) {
  return (
    <div className="space-y-2">
      {cell.stances.length > 0 ? (
        <ul className="space-y-1.5">
          {cell.stances.map(({ stance, count, speakers, speakerCount }) => (
            <li key={stance}>
              <StanceBadge stance={stance} glyph={false} />{' '}
              <span className="font-semibold tabular-nums">
                {count}
                <span className="sr-only"> statement{count === 1 ? '' : 's'}</span>
              </span>
              {withSpeakers ? (
                // Each speaker linked to their first statement here; the rest counted.
                <span className="block text-xs">
                  {speakers.map(({ speaker, rows: [first], count: own }, i) => (
                    <span key={speaker}>
                      {i > 0 ? ', ' : null}
                      <a
                        href={`#s-${first!.id}`}
                        onClick={(event) => {
                          event.preventDefault()
                          onGoToStatement(first!.id)
                        }}
                        aria-label={own > 1 ? `${speaker}, ${own} statements` : undefined}
                        className={LINK}
                      >
                        {speaker}
                      </a>
                      {own > 1 ? ` (${own})` : null}
                    </span>
                  ))}
                  {speakerCount > speakers.length
                    ? ` and ${(speakerCount - speakers.length).toLocaleString('en')} more speaker${speakerCount - speakers.length === 1 ? '' : 's'}`
                    : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {cell.nonResponses.map((item) => (
        <p key={item.id} className="text-xs">
          <a
            href={`/stories/${encodeURIComponent(storyId)}/sources/${encodeURIComponent(item.source.id)}#${nonResponseTarget(item.id)}`}
            className={`${LINK} font-semibold`}
          >
            {noResponseText(item.asOf)}
          </a>
        </p>
      ))}
      {cell.status === 'silent' ? (
        <span className="italic text-zinc-700 dark:text-zinc-200">{SILENT}</span>
      ) : null}
    </div>
  )
}
