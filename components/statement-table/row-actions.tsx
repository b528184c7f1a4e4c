'use client'

import { createContext, useContext, useEffect, useState } from 'react'
import { citation } from '@/lib/export/citation'
import type { StatementRow } from '@/lib/view/view-model'
import { storyPageUrl } from '../export-csv'

export interface RowActionsApi {
  showInSource: (rowId: string, invoker: HTMLElement) => void
}

export const RowActionsContext = createContext<RowActionsApi | null>(null)

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text)
    return
  }
  // Older browsers, or a page not served over HTTPS: the selection-and-copy fallback.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const ok = document.execCommand('copy')
  area.remove()
  if (!ok) throw new Error('copy refused')
}

const BUTTON =
  'rounded border border-zinc-300 px-1.5 py-0.5 text-[0.7rem] font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800'

/** "Show in source" and "Copy citation" under each statement. */
export function RowActions({ row }: { row: StatementRow }) {
  const api = useContext(RowActionsContext)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (copyState === 'idle') return
    const timer = setTimeout(() => setCopyState('idle'), 4000)
    return () => clearTimeout(timer)
  }, [copyState])

  if (!api) return null
  const copy = () =>
    copyText(citation(row, new Date(), storyPageUrl())).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    )

  return (
    <div className="mt-2 flex flex-wrap items-center gap-1.5 print:hidden">
      <button
        type="button"
        className={BUTTON}
        onClick={(event) => api.showInSource(row.id, event.currentTarget)}
      >
        Show in source
      </button>
      <button type="button" className={BUTTON} onClick={copy}>
        Copy citation
      </button>
      <span role="status" className="text-[0.7rem] font-medium text-emerald-800 dark:text-emerald-300">
        {copyState === 'copied'
          ? 'Citation copied'
          : copyState === 'failed'
            ? 'Could not copy: your browser refused'
            : ''}
      </span>
    </div>
  )
}
