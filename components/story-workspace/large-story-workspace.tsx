'use client'

import { useEffect, useState, type ComponentType } from 'react'
import type { TablePage } from '@/lib/view/table-page'
import type { WorkspaceData, WorkspacePerspective } from '@/lib/view/workspace-data'
import { focusPlace, type FocusPlace } from './carry-focus'
import { fetchTablePage } from './fetch-table-page'
import type { LargeWorkspaceProps } from './large-workspace'

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

/** The large story's workspace code: its first page, URL state and the data's workspace. */
const loadLargeWorkspace = (): Promise<ComponentType<LargeWorkspaceProps>> =>
  import('./large-workspace').then((m) => m.LargeWorkspaceWithUrl)

/**
 * A large story's workspace. Its loads start after first paint: the workspace's code and,
 * beside it, the first page of the view's tables (lib/view/table-page.ts), small and
 * answered from the server's copy of the story, then the story's whole data file, fetched
 * and parsed in a worker (load-story-data.ts). The first page shows, sorts and searches
 * while the file loads; the file's workspace then takes over with the same rows in the
 * same order, and windows every row.
 */
export function LargeStoryWorkspace({
  dataUrl,
  rowsPath,
  perspectives,
  count,
  intro,
  canEdit = false,
  preview,
}: {
  dataUrl: string
  /** Where the first pages come from (lib/view/story-data-path.ts). */
  rowsPath: string
  perspectives: WorkspacePerspective[]
  count: number
  intro?: React.ReactNode
  canEdit?: boolean
  /** The view as the server drew it (a large story's timeline), shown until the rows are in. */
  preview?: React.ReactNode
}) {
  const [loaded, setLoaded] = useState<{ data: WorkspaceData; focus: FocusPlace | null } | null>(null)
  const [page, setPage] = useState<TablePage | null>(null)
  const [Large, setLarge] = useState<ComponentType<LargeWorkspaceProps> | null>(null)
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    let cancelled = false
    const abort = new AbortController()
    loadLargeWorkspace().then(
      (component) => !cancelled && setLarge(() => component),
      (reason: unknown) => !cancelled && setError(`Could not load the page's code: ${String(reason)}`),
    )
    // The view the address names. The file is asked for once its first page has come (or
    // failed to), so that the server answers the small request before it sends the file.
    fetchTablePage(rowsPath, window.location.search)
      .then(
        (first) => !cancelled && setPage(first),
        () => {},
      )
      // The worker's loader comes with the file, not in the page's first load.
      .then(() => import('./load-story-data'))
      .then(({ loadStoryData }) => loadStoryData(dataUrl, abort.signal))
      .then((data) => !cancelled && setLoaded({ data, focus: focusPlace() }))
      .catch((reason: unknown) => !cancelled && setError(`Could not load the statements: ${String(reason)}`))
    return () => {
      cancelled = true
      abort.abort()
    }
  }, [dataUrl, rowsPath])

  const fallback = !preview ? (
    <LargeStoryPlaceholder count={count} error={error} dataUrl={dataUrl} intro={intro} />
  ) : (
    <>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
      {preview}
    </>
  )
  if (!Large || (!loaded && !page)) return fallback
  return (
    <>
      {error && page ? (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <Large
        data={loaded?.data ?? null}
        page={page}
        focus={loaded?.focus ?? null}
        perspectives={perspectives}
        rowsPath={rowsPath}
        count={count}
        intro={intro}
        canEdit={canEdit}
        fallback={fallback}
      />
    </>
  )
}
