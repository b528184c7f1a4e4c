'use client'

import { STANCES } from '@/lib/story/codebook'
import { matrixCell } from '@/lib/view/matrix'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { StanceBadge } from '../stance-badge'
import { CampHeaderRow } from './camp-header-row'

interface MatrixViewProps {
  perspectives: readonly WorkspacePerspective[]
  rows: readonly StatementRow[]
  onGoToStatement: (rowId: string) => void
}

// A cell of a large story would list thousands of links; it lists the first few and
// says how many more there are.
const MAX_SPEAKERS = 8
const MAX_LINKS = 3

/**
 * Who stands where: the stance scale down, the camps across, speakers in the cells. Statements
 * that do not address the claim shown take no stance: they get a row of their own, last.
 */
export function MatrixView({ perspectives, rows, onGoToStatement }: MatrixViewProps) {
  const stances = rows.some((row) => row.stance === null) ? [...STANCES, null] : STANCES
  return (
    <>
      {/* The table is wider than a phone: say so, since a cut column alone does not. */}
      <p aria-hidden="true" className="mb-1 text-sm text-zinc-700 sm:hidden dark:text-zinc-200">
        The table scrolls sideways: {perspectives.length} camps across. →
      </p>
      <div
        role="region"
        aria-label="Who stands where: statements table"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-zinc-700 dark:bg-zinc-900"
      >
        <table className="w-full min-w-[36rem] table-fixed border-collapse text-left text-sm">
          <caption className="bg-zinc-100 px-3 py-2 text-left text-base font-semibold text-zinc-950 dark:bg-zinc-800 dark:text-zinc-50">
            Who stands where: stance by camp — {rows.length} statement{rows.length === 1 ? '' : 's'}
          </caption>
          <thead>
            <CampHeaderRow corner="Stance ↓ · Camp →" cornerWidth="w-32" perspectives={perspectives} />
          </thead>
          <tbody>
            {stances.map((stance) => (
              <tr
                key={stance ?? 'none'}
                className="border-b border-zinc-100 align-top last:border-b-0 dark:border-zinc-800"
              >
                <th scope="row" className="px-3 py-2 font-normal">
                  <StanceBadge stance={stance} />
                </th>
                {perspectives.map((p) => {
                  const groups = matrixCell(rows, p.id, stance)
                  const statements = groups.reduce((sum, group) => sum + group.rows.length, 0)
                  const hidden = groups.length - MAX_SPEAKERS
                  return (
                    <td key={p.id} className="px-3 py-2">
                      {statements === 0 ? (
                        <span className="text-zinc-600 italic dark:text-zinc-300">no statement</span>
                      ) : (
                        <ul className="space-y-2">
                          {groups.slice(0, MAX_SPEAKERS).map(({ speaker, rows: own, notes }) => {
                            return (
                              <li key={speaker}>
                                <span className="font-semibold">{speaker}</span>
                                <ul className="mt-0.5 space-y-0.5">
                                  {own.slice(0, MAX_LINKS).map((row) => (
                                    <li key={row.id}>
                                      <a
                                        href={`#s-${row.id}`}
                                        onClick={(event) => {
                                          event.preventDefault()
                                          onGoToStatement(row.id)
                                        }}
                                        className="text-blue-700 underline dark:text-blue-300"
                                      >
                                        {row.stanceLabel ??
                                          `“${row.text.length > 60 ? `${row.text.slice(0, 60)}…` : row.text}”`}
                                      </a>
                                    </li>
                                  ))}
                                  {own.length > MAX_LINKS ? (
                                    <li className="text-xs text-zinc-700 dark:text-zinc-200">
                                      and {own.length - MAX_LINKS} more statement
                                      {own.length - MAX_LINKS === 1 ? '' : 's'}
                                    </li>
                                  ) : null}
                                </ul>
                                {notes.length > 0 ? (
                                  <p className="mt-0.5 text-xs text-amber-900 dark:text-amber-100">
                                    Note: {notes.join('; ')}
                                  </p>
                                ) : null}
                              </li>
                            )
                          })}
                          {hidden > 0 ? (
                            <li className="text-sm text-zinc-700 dark:text-zinc-200">
                              … and {hidden.toLocaleString('en')} more speaker{hidden === 1 ? '' : 's'} (
                              {statements.toLocaleString('en')} statements in this cell). Filter by camp and
                              stance to list them.
                            </li>
                          ) : null}
                        </ul>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
