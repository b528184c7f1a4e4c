'use client'

import { useMemo, useRef, useState } from 'react'
import { evidenceAnchors, statementTarget } from '@/lib/view/evidence'
import type { StatementRow } from '@/lib/view/view-model'
import type { EventAnchor } from '@/lib/view/workspace-data'
import type { RowActionsApi } from '../statement-table/row-actions'

/**
 * The evidence dialog's state: which source and anchor it shows, and where focus goes
 * back to when it closes.
 */
export function useEvidence({
  rows,
  events,
  goToStatement,
}: {
  rows: readonly StatementRow[]
  events: readonly EventAnchor[]
  goToStatement: (rowId: string) => void
}) {
  const anchors = useMemo(() => evidenceAnchors(rows, events), [rows, events])
  const [evidence, setEvidence] = useState<{ targetId: string; sourceId: string } | null>(null)
  const invoker = useRef<HTMLElement | null>(null)
  const rowActions = useMemo<RowActionsApi>(
    () => ({
      showInSource: (rowId, from) => {
        const anchor = anchors.find((a) => a.targetId === statementTarget(rowId))
        if (!anchor) return
        invoker.current = from
        setEvidence({ targetId: anchor.targetId, sourceId: anchor.sourceId })
      },
    }),
    [anchors],
  )
  const close = () => {
    setEvidence(null)
    invoker.current?.focus()
  }
  const goFrom = (targetId: string) => {
    invoker.current = null
    setEvidence(null)
    const match = /^s-(.+)$/.exec(targetId)
    if (match) goToStatement(match[1]!)
    else document.getElementById(targetId)?.scrollIntoView({ block: 'center' })
  }
  return { anchors, evidence, rowActions, close, goFrom }
}
