import type { Metadata } from 'next'
import { ImportWorkbench, type CampTemplate } from '@/components/import/import-workbench'
import { requireReader } from '@/lib/auth'
import { getStories } from '@/lib/store/app-store'

export const metadata: Metadata = { title: 'Import an article' }

// The camps come from the store, read per request.
export const dynamic = 'force-dynamic'

export default async function ImportPage() {
  await requireReader('/import')
  // Only each story's camps travel to the browser, not its statements.
  const templates: CampTemplate[] = (await getStories()).map((story) => ({
    id: story.id,
    title: story.title,
    perspectives: story.perspectives,
  }))
  return (
    <div className="max-w-screen-2xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        Import an article
      </h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-200">
        Paste a news article and the extractor drafts its statements: who spoke, in what role, the exact words
        quoted or the clause reported, and how the article knows. Check each draft against the marked passage,
        fix it, then download a story file. It all runs in this browser tab; the article is not uploaded
        anywhere.
      </p>
      <noscript>
        <p className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          The import page drafts statements in the browser and needs JavaScript. Without it, use the command
          line: <code>npm run import -- article.txt --story my-story</code>.
        </p>
      </noscript>
      <div className="mt-6">
        <ImportWorkbench templates={templates} />
      </div>
    </div>
  )
}
