'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { call } from '@/lib/commands/client'
import * as statements from '@/lib/commands/statements/schema'
import { changesOf, formOf, rebase, snapshotOf, type StatementForm } from '@/lib/edits/form'
import type { StatementSnapshot } from '@/lib/edits/statement'
import { ConflictPanel } from './conflict-panel'
import { Modal, BUTTON, PRIMARY } from './modal'
import { StatementFields, type FieldError } from './statement-form'

export type SourceLookup = (sourceId: string) => { text: string; label: string } | null

/**
 * Editing one statement: the form starts from the statement as it is now (and its
 * version); a save sends only what changed. A refused save keeps the input on screen.
 */
export function EditDialog({
  storyId,
  statementId,
  sourceOf,
  onClose,
}: {
  storyId: string
  statementId: string
  sourceOf: SourceLookup
  onClose: () => void
}) {
  const router = useRouter()
  const [base, setBase] = useState<StatementSnapshot | null>(null)
  const [camps, setCamps] = useState<statements.CampChoice[]>([])
  const [form, setForm] = useState<StatementForm | null>(null)
  const [error, setError] = useState<FieldError | null>(null)
  const [conflict, setConflict] = useState<StatementSnapshot | null>(null)
  const [status, setStatus] = useState('')
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let live = true
    void call(statements.readStatement, { id: storyId, statementId }).then((answer) => {
      if (!live) return
      if (!answer.ok) return setError({ field: 'request', message: answer.error })
      setBase(answer.value.statement)
      setCamps(answer.value.camps)
      setForm(formOf(answer.value.statement))
    })
    return () => {
      live = false
    }
  }, [storyId, statementId])

  const campNames = Object.fromEntries(camps.map((c) => [c.id, c.label]))
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!base || !form) return
    const changes = changesOf(base, form)
    if (Object.keys(changes).length === 0) return setStatus('Nothing has changed yet.')
    setSaving(true)
    setStatus('Saving…')
    const answer = await call(
      statements.editStatement,
      { id: storyId, statementId },
      { expectedVersion: base.version, changes },
    )
    setSaving(false)
    if (answer.ok) {
      setStatus('Saved.')
      router.refresh()
      onClose()
      return
    }
    setStatus('')
    if (answer.code === 'conflict' && answer.current) {
      setError(null)
      setConflict(answer.current as StatementSnapshot)
    } else setError({ field: answer.field ?? 'request', message: answer.error })
  }

  return (
    <Modal title="Edit statement" onClose={onClose} wide>
      {conflict && base && form ? (
        <ConflictPanel
          theirs={conflict}
          mine={snapshotOf(base, form)}
          camps={campNames}
          onRebase={() => {
            setForm(rebase(base, form, conflict))
            setBase(conflict)
            setConflict(null)
            setStatus('Your changes are now on top of the saved version. Check them, then save.')
          }}
          onDiscard={() => {
            setForm(formOf(conflict))
            setBase(conflict)
            setConflict(null)
            setStatus('The form now shows the saved version.')
          }}
        />
      ) : null}
      {error ? (
        <p
          id="edit-error"
          role="alert"
          className="mb-3 rounded-md border border-red-700 px-3 py-2 text-sm text-red-800 dark:text-red-300"
        >
          {error.message}
        </p>
      ) : null}
      {form && base ? (
        <form onSubmit={save} noValidate>
          <StatementFields
            form={form}
            camps={camps}
            source={sourceOf(base.source)}
            error={error}
            onChange={(next) => {
              setForm(next)
              setStatus('')
            }}
          />
          <div className="mt-5 flex flex-wrap items-center gap-3">
            <button type="submit" className={PRIMARY} disabled={saving || conflict !== null}>
              Save changes
            </button>
            <button type="button" className={BUTTON} onClick={onClose}>
              Cancel
            </button>
            <span role="status" className="text-sm">
              {status}
            </span>
          </div>
        </form>
      ) : !error ? (
        <p role="status">Loading the statement…</p>
      ) : null}
    </Modal>
  )
}
