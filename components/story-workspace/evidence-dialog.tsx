'use client'

import { useEffect, useRef } from 'react'
import { evidenceSegments, type EvidenceAnchor } from '@/lib/view/evidence'
import type { WorkspacePerspective, WorkspaceSource } from '@/lib/view/workspace-data'
import { HighlightLegend, SourceHighlights } from '../source-highlights'

interface EvidenceDialogProps {
  source: WorkspaceSource | null
  anchors: readonly EvidenceAnchor[]
  /** The anchor to emphasise and scroll to. */
  chosen: string | null
  legend: readonly WorkspacePerspective[]
  onClose: () => void
  onGoTo: (targetId: string) => void
}

/**
 * The source text with every statement and event of it highlighted. The text is laid
 * out segment by segment from lib/segments, so it reads exactly as stored; each highlight
 * links back to its row.
 */
export function EvidenceDialog({ source, anchors, chosen, legend, onClose, onGoTo }: EvidenceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (source && !element.open) {
      element.showModal()
      const target = element.querySelector<HTMLElement>('[data-chosen="true"]')
      if (target) {
        target.focus({ preventScroll: true })
        target.scrollIntoView({ block: 'center' })
      }
    } else if (!source && element.open) {
      element.close()
    }
  }, [source, chosen])

  const segments = source
    ? evidenceSegments(
        source.text,
        anchors.filter((a) => a.sourceId === source.id),
        chosen,
      )
    : []

  return (
    <dialog
      ref={dialog}
      aria-labelledby="evidence-title"
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(56rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-[rgba(9,9,11,0.6)] dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-50"
    >
      {source ? (
        <div className="flex max-h-[90vh] flex-col">
          <div className="flex items-start justify-between gap-3 border-b border-zinc-200 px-5 py-3 dark:border-zinc-700">
            <div>
              <h2 id="evidence-title" className="text-lg font-semibold">
                In the source
              </h2>
              <p className="text-sm text-zinc-700 dark:text-zinc-200">{source.label}</p>
            </div>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-zinc-400 px-3 py-1 text-sm font-semibold hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-500 dark:hover:bg-zinc-800"
            >
              Close
            </button>
          </div>
          <HighlightLegend camps={legend} />
          <div
            data-testid="source-text"
            dir="auto"
            className="overflow-y-auto whitespace-pre-wrap px-5 py-4 leading-relaxed"
          >
            <SourceHighlights
              segments={segments}
              chosen={chosen}
              hrefFor={(targetId) => `#${targetId}`}
              onGoTo={onGoTo}
            />
          </div>
        </div>
      ) : null}
    </dialog>
  )
}
