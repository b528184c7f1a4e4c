import type { Metadata } from 'next'
import { requireEditorPage } from '@/lib/auth'
import { NewStoryForm } from '@/components/review/new-story-form'

export const metadata: Metadata = { title: 'Start a new story' }
export const dynamic = 'force-dynamic'

/** A new story: its question and camps here, then its first article through a review. */
export default async function ImportPage() {
  await requireEditorPage('/import')
  return (
    <div className="max-w-screen-2xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        Start a new story
      </h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-200">
        Give the story its question and its camps. You then add its first article: the extractor drafts the
        statements, and you review each one before it goes into the story. To add an article to a story that
        exists, open the story and choose “Add an article”.
      </p>
      <noscript>
        <p className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          Starting a story and reviewing its statements need JavaScript.
        </p>
      </noscript>
      <div className="mt-6">
        <NewStoryForm />
      </div>
    </div>
  )
}
