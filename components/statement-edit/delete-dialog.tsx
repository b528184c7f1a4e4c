'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as statements from '@/lib/commands/statements/schema'
import { BUTTON, DANGER, Modal } from './modal'

/** Deleting asks first; the statement leaves the story and stays restorable from its history. */
export function DeleteDialog({
  storyId,
  statementId,
  speaker,
  text,
  onClose,
}: {
  storyId: string
  statementId: string
  speaker: string
  text: string
  onClose: () => void
}) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const remove = async () => {
    setBusy(true)
    const answer = await call(statements.deleteStatement, { id: storyId, statementId }, {})
    setBusy(false)
    if (!answer.ok) return setMessage(answer.error)
    router.refresh()
    onClose()
  }
  return (
    <Modal title="Delete this statement?" onClose={onClose}>
      <p className="text-sm">
        {speaker}: “{text}”
      </p>
      <p className="mt-2 text-sm">
        It leaves the story, its counts and its exports. The story’s change log keeps it, and it can be
        restored from there.
      </p>
      <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
        {message}
      </p>
      <div className="mt-4 flex gap-2">
        <button type="button" className={DANGER} onClick={remove} disabled={busy}>
          Delete statement
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  )
}
