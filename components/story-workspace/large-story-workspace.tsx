'use client'

import { useEffect, useState, type ComponentType } from 'react'
import { fromDataFile, type StoryDataFile, type WorkspaceData } from '@/lib/view/workspace-data'
import type { StoryWorkspaceProps } from './story-workspace'
import { loadStoryWorkspace } from './story-workspace-loader'

export function LargeStoryPlaceholder({
  count,
  error,
  dataUrl,
  intro,
}: {
  count: number
  error?: string
  dataUrl?: string
  intro?: React.ReactNode
}) {
  return (
    <section aria-labelledby="statements-heading" className="mt-4">
      {intro ? <div className="mb-5 lg:w-1/2">{intro}</div> : null}
      <h2 id="statements-heading" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
        Statements by camp
      </h2>
      <p
        role="status"
        className="mt-3 rounded-lg border border-dashed border-zinc-400 p-6 text-zinc-800 dark:border-zinc-600 dark:text-zinc-100"
      >
        {error ?? `Loading ${count.toLocaleString('en')} statements…`}
      </p>
      {dataUrl ? (
        // Too many rows to lay out without a script: point the reader at the data itself.
        <noscript>
          <p className="mt-3 text-zinc-800 dark:text-zinc-100">
            This story is too large to show without JavaScript. Its {count.toLocaleString('en')} statements,
            with speakers, stances, sources and anchors, are in{' '}
            <a href={dataUrl} className="text-blue-700 underline dark:text-blue-300">
              its data file (JSON)
            </a>
            .
          </p>
        </noscript>
      ) : null}
    </section>
  )
}

/** Fetches a large story's rows from its static JSON file, then shows them windowed. */
export function LargeStoryWorkspace({
  dataUrl,
  count,
  intro,
  canEdit = false,
  preview,
}: {
  dataUrl: string
  count: number
  intro?: React.ReactNode
  canEdit?: boolean
  /** The view as the server drew it (a large story's timeline), shown until the rows are in. */
  preview?: React.ReactNode
}) {
  const [data, setData] = useState<WorkspaceData | null>(null)
  const [Workspace, setWorkspace] = useState<ComponentType<StoryWorkspaceProps> | null>(null)
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    let cancelled = false
    // The rows and the workspace's code load side by side, both after first paint.
    loadStoryWorkspace().then(
      (loaded) => !cancelled && setWorkspace(() => loaded),
      (reason: unknown) => !cancelled && setError(`Could not load the page's code: ${String(reason)}`),
    )
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`)
        return response.json() as Promise<StoryDataFile>
      })
      .then((file) => !cancelled && setData(fromDataFile(file)))
      .catch((reason: unknown) => !cancelled && setError(`Could not load the statements: ${String(reason)}`))
    return () => {
      cancelled = true
    }
  }, [dataUrl])

  if (!data || !Workspace) {
    if (!preview) return <LargeStoryPlaceholder count={count} error={error} dataUrl={dataUrl} intro={intro} />
    return (
      <>
        {error ? (
          <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-200">
            {error}
          </p>
        ) : null}
        {preview}
      </>
    )
  }
  return <Workspace data={data} intro={intro} virtualized canEdit={canEdit} />
}
