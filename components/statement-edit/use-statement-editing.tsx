'use client'

import dynamic from 'next/dynamic'
import { useMemo, useRef, useState } from 'react'
import type { StatementRow } from '@/lib/view/view-model'
import type { WorkspaceSource } from '@/lib/view/workspace-data'

// The editing code loads only when an editor opens a form.
const EditDialog = dynamic(() => import('./edit-dialog').then((m) => m.EditDialog), { ssr: false })
const HistoryDialog = dynamic(() => import('./history-dialog').then((m) => m.HistoryDialog), { ssr: false })
const DeleteDialog = dynamic(() => import('./delete-dialog').then((m) => m.DeleteDialog), { ssr: false })

type Mode = 'edit' | 'history' | 'delete'

export interface EditActions {
  edit: (rowId: string, invoker: HTMLElement) => void
  history: (rowId: string, invoker: HTMLElement) => void
  remove: (rowId: string, invoker: HTMLElement) => void
}

/**
 * The Actions menu's Edit, History and Delete for editors, and the dialog each opens.
 * With no editing (a reader, a visitor), nothing: no menu items, no dialogs.
 */
export function useStatementEditing({
  storyId,
  canEdit,
  rows,
  sources,
}: {
  storyId: string
  canEdit: boolean
  rows: readonly StatementRow[]
  sources: readonly WorkspaceSource[]
}) {
  const [open, setOpen] = useState<{ mode: Mode; rowId: string } | null>(null)
  const invoker = useRef<HTMLElement | null>(null)
  const actions = useMemo<EditActions | null>(
    () =>
      canEdit
        ? {
            edit: (rowId, from) => {
              invoker.current = from
              setOpen({ mode: 'edit', rowId })
            },
            history: (rowId, from) => {
              invoker.current = from
              setOpen({ mode: 'history', rowId })
            },
            remove: (rowId, from) => {
              invoker.current = from
              setOpen({ mode: 'delete', rowId })
            },
          }
        : null,
    [canEdit],
  )
  const close = () => {
    const rowId = open?.rowId
    setOpen(null)
    // A save refreshes the rows, which may put a new Actions button in the old one's place:
    // focus goes back to the row's button as it is once the refresh has landed.
    const refocus = () => {
      if (document.activeElement && document.activeElement !== document.body) return
      const button = invoker.current?.isConnected
        ? invoker.current
        : document.getElementById(`s-${rowId}`)?.querySelector<HTMLElement>('button[aria-haspopup="menu"]')
      button?.focus()
    }
    refocus()
    for (const ms of [150, 500, 1200]) setTimeout(refocus, ms)
  }
  const sourceOf = (id: string) => {
    const source = sources.find((s) => s.id === id)
    return source ? { text: source.text, label: source.label } : null
  }
  const row = open ? rows.find((r) => r.id === open.rowId) : undefined
  let dialog: React.ReactNode = null
  if (open?.mode === 'edit')
    dialog = <EditDialog storyId={storyId} statementId={open.rowId} sourceOf={sourceOf} onClose={close} />
  else if (open?.mode === 'history')
    dialog = <HistoryDialog storyId={storyId} statementId={open.rowId} onClose={close} />
  else if (open?.mode === 'delete' && row)
    dialog = (
      <DeleteDialog
        storyId={storyId}
        statementId={row.id}
        speaker={row.speaker}
        text={row.text}
        onClose={close}
      />
    )
  return { actions, dialog }
}
