'use client'

import { statementFields } from '@/lib/edits/diff'
import type { StatementSnapshot } from '@/lib/edits/statement'
import { BUTTON, PRIMARY } from './modal'

/**
 * Shown when a save is refused because someone else saved the statement first: both
 * versions side by side, the differences marked, and the editor's input kept.
 */
export function ConflictPanel({
  theirs,
  mine,
  camps,
  onRebase,
  onDiscard,
}: {
  theirs: StatementSnapshot
  mine: StatementSnapshot
  camps: Record<string, string>
  onRebase: () => void
  onDiscard: () => void
}) {
  const a = statementFields(theirs, camps)
  const b = statementFields(mine, camps)
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="mb-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm dark:bg-amber-950"
    >
      <h3 id="conflict-title" className="font-semibold">
        Someone else saved this statement while you were editing it. Your changes were not saved.
      </h3>
      <p className="mt-1">Your changes are still in the form below. Compare the two versions:</p>
      <table className="mt-2 w-full table-fixed border-collapse text-left">
        <caption className="sr-only">Their saved version beside yours</caption>
        <thead>
          <tr>
            <th scope="col" className="w-1/5 border-b border-zinc-400 py-1 pr-2">
              Field
            </th>
            <th scope="col" className="border-b border-zinc-400 py-1 pr-2">
              Saved version (now in the story)
            </th>
            <th scope="col" className="border-b border-zinc-400 py-1">
              Your version (not saved)
            </th>
          </tr>
        </thead>
        <tbody>
          {a.map((row, i) => {
            const differs = row.after !== b[i]!.after
            return (
              <tr key={row.field} className={differs ? 'bg-amber-200/60 dark:bg-amber-900/60' : undefined}>
                <th scope="row" className="py-1 pr-2 align-top font-medium">
                  {row.label}
                  {differs ? <span className="sr-only"> (differs)</span> : null}
                </th>
                <td className="py-1 pr-2 align-top break-words">{row.after}</td>
                <td className="py-1 align-top break-words">{b[i]!.after}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onRebase} className={PRIMARY}>
          Put my changes on top of the saved version
        </button>
        <button type="button" onClick={onDiscard} className={BUTTON}>
          Discard my changes
        </button>
      </div>
    </section>
  )
}
