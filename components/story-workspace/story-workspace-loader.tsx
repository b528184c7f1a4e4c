'use client'

import { Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import type { StoryWorkspaceProps } from './story-workspace'

type Workspace = ComponentType<StoryWorkspaceProps>

/** The interactive workspace's code (tables, URL state, filters, exports), fetched once. */
export const loadStoryWorkspace = (): Promise<Workspace> =>
  import('./story-workspace').then((m) => m.StoryWorkspaceWithUrl)

/**
 * Shows the server-rendered workspace (`children`) and, once the page has painted, loads
 * the interactive one and puts it in its place. Keeping that code out of the first load
 * makes the page light; the statements are in the HTML from the start either way.
 */
export function StoryWorkspaceLoader({ children, ...props }: StoryWorkspaceProps & { children: ReactNode }) {
  const [Workspace, setWorkspace] = useState<Workspace | null>(null)
  useEffect(() => {
    let live = true
    // Should the code fail to load, the server-rendered statements stay readable.
    loadStoryWorkspace().then(
      (loaded) => live && setWorkspace(() => loaded),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  if (!Workspace) return children
  // The workspace reads the query string, which may suspend; the static copy stays until then.
  return (
    <Suspense fallback={children}>
      <Workspace {...props} />
    </Suspense>
  )
}
