'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as statements from '@/lib/commands/statements/schema'
import { ACTION_NAMES, statementChanges } from '@/lib/edits/diff'
import type { HistoryEntry } from '@/lib/edits/history-entry'
import type { StatementSnapshot } from '@/lib/edits/statement'
import { BUTTON, Modal } from './modal'
import { utcTime } from '@/lib/view/utc-time'

const when = utcTime

/**
 * A statement's history: each change with who made it, when, and its fields before and
 * after. Any version can be restored; the restore is itself a change in the list.
 */
export function HistoryDialog({
  storyId,
  statementId,
  onClose,
}: {
  storyId: string
  statementId: string
  onClose: () => void
}) {
  const router = useRouter()
  const [changes, setChanges] = useState<HistoryEntry[] | null>(null)
  const [current, setCurrent] = useState<StatementSnapshot | null>(null)
  const [camps, setCamps] = useState<statements.CampChoice[]>([])
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const [history, statement] = await Promise.all([
      call(statements.statementHistory, { id: storyId, statementId }),
      call(statements.readStatement, { id: storyId, statementId }),
    ])
    if (!history.ok) return setMessage(history.error)
    setChanges(history.value.changes)
    if (statement.ok) {
      setCurrent(statement.value.statement)
      setCamps(statement.value.camps)
    }
  }, [storyId, statementId])
  useEffect(() => {
    // Loading on open is the point of this effect: the history lives on the server.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  const campNames = Object.fromEntries(camps.map((c) => [c.id, c.label]))
  const lastInStory = changes?.findLast((c) => c.entity === 'statement')?.id
  const restore = async (change: HistoryEntry, side: 'after' | 'before') => {
    setMessage('Restoring…')
    const answer = await call(
      statements.restoreStatement,
      { id: storyId, statementId },
      { changeId: change.id, side, expectedVersion: current?.version },
    )
    if (!answer.ok) return setMessage(answer.error)
    setMessage(`Restored the version of ${when(change.at)}.`)
    router.refresh()
    await load()
  }

  return (
    <Modal title="History of this statement" onClose={onClose} wide>
      <p role="status" className="mb-2 text-sm font-medium">
        {message}
      </p>
      {changes === null ? (
        <p>Loading the history…</p>
      ) : changes.length === 0 ? (
        <p>This statement has not been changed since the story was imported.</p>
      ) : (
        <ol className="space-y-3" aria-label="Changes, newest first">
          {changes.map((change) => {
            const fields = statementChanges(change.before, change.after, campNames)
            // Versions from its time in review are shown, but only the story's are restored.
            const inStory = change.entity === 'statement'
            const oldest = inStory && change.id === lastInStory
            return (
              <li key={change.id} className="rounded-md border border-zinc-300 p-3 dark:border-zinc-600">
                <p className="text-sm">
                  {inStory ? null : <span className="font-medium">In review: </span>}
                  <strong>{ACTION_NAMES[change.action] ?? change.action}</strong>
                  {change.action === 'extract' ? ', run by ' : ' by '}
                  {change.by}, <time dateTime={change.at}>{when(change.at)}</time>
                </p>
                {fields.length > 0 ? (
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    {fields.map((field) => (
                      <div key={field.field} className="contents">
                        <dt className="font-medium">{field.label}</dt>
                        <dd className="break-words">
                          <del className="text-red-800 dark:text-red-300">{field.before || '(empty)'}</del>{' '}
                          <span aria-hidden="true">→</span>
                          <span className="sr-only">changed to</span>{' '}
                          <ins className="text-emerald-800 no-underline dark:text-emerald-300">
                            {field.after || '(empty)'}
                          </ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                <div className="mt-2 flex flex-wrap gap-2">
                  {inStory && change.after ? (
                    <button type="button" className={BUTTON} onClick={() => restore(change, 'after')}>
                      Restore this version
                    </button>
                  ) : null}
                  {oldest && change.before ? (
                    <button type="button" className={BUTTON} onClick={() => restore(change, 'before')}>
                      Restore the version before this change
                    </button>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </Modal>
  )
}
