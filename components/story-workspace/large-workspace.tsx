'use client'

import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react'
import type { TablePage } from '@/lib/view/table-page'
import type { WorkspaceData, WorkspacePerspective } from '@/lib/view/workspace-data'
import { restoreFocus, type FocusPlace } from './carry-focus'
import { FirstPageWorkspace } from './first-page-workspace'
import { Workspace, type Waiting } from './story-workspace'
import { useStoryUrlState } from './use-story-url-state'

export interface LargeWorkspaceProps {
  /** The story's data, once its file has arrived. */
  data: WorkspaceData | null
  /** The first page of the view's tables, from the server, until then. */
  page: TablePage | null
  /** Where the focus was as the data arrived. */
  focus: FocusPlace | null
  perspectives: WorkspacePerspective[]
  rowsPath: string
  count: number
  intro?: ReactNode
  canEdit: boolean
  /** Shown while there is neither: the placeholder, or the server's timeline. */
  fallback: ReactNode
}

/** The large story's workspace with the query-string adapter it reads through. */
export function LargeWorkspaceWithUrl(props: LargeWorkspaceProps) {
  return (
    <NuqsAdapter>
      <LargeWorkspace {...props} />
    </NuqsAdapter>
  )
}

/**
 * One URL state for a large story's first page and for its data's workspace after it, so
 * that a sort, a search or a filter made on the first page holds when the data takes over.
 */
function LargeWorkspace(props: LargeWorkspaceProps) {
  const { data, page, focus, perspectives, count } = props
  const perspectiveIds = useMemo(() => perspectives.map((p) => p.id), [perspectives])
  const url = useStoryUrlState(perspectiveIds)
  const [waiting, setWaiting] = useState<Waiting | null>(null)
  // The first page's controls give way to the data's: the focus stays where the user had it.
  useLayoutEffect(() => {
    if (data) restoreFocus(focus)
  }, [data, focus])

  const all = `all ${count.toLocaleString('en')} statements`
  const message =
    !waiting || data
      ? ''
      : waiting.kind === 'source'
        ? `The source opens when ${all} have loaded.`
        : `The export covers ${all}: it starts when they have loaded.`
  const status = (
    <p role="status" className={message ? 'mb-3 text-sm text-zinc-800 dark:text-zinc-100' : 'sr-only'}>
      {message}
    </p>
  )
  if (data)
    return (
      <>
        {status}
        <Workspace
          data={data}
          intro={props.intro}
          virtualized
          canEdit={props.canEdit}
          url={url}
          waiting={waiting}
          onDone={() => setWaiting(null)}
        />
      </>
    )
  if (page && (url.view === 'side' || url.view === 'combined'))
    return (
      <>
        {status}
        <FirstPageWorkspace
          page={page}
          url={url}
          perspectives={perspectives}
          rowsPath={props.rowsPath}
          intro={props.intro}
          onWait={setWaiting}
        />
      </>
    )
  return props.fallback
}
