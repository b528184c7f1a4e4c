import type { Metadata } from 'next'
import { hasRole, requireEditorPage } from '@/lib/auth'
import { listUsers } from '@/lib/store/users'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { AddArticleForm } from '@/components/review/add-article-form'
import { appStore, getStory } from '@/lib/store/app-store'
import { openReviews } from '@/lib/store/reviews'

export const metadata: Metadata = { title: 'Add an article' }
export const dynamic = 'force-dynamic'

/**
 * "Add an article": an editor with a review of this story in progress goes back to it
 * (the newest), unless they asked for another article (?new=1).
 */
export default async function AddArticlePage({ params, searchParams }: PageProps<'/stories/[slug]/add'>) {
  const { slug } = await params
  const { new: fresh } = await searchParams
  const user = await requireEditorPage(`/stories/${slug}/add`)
  const story = await getStory(slug)
  if (!story) notFound()
  const mine = (await openReviews((await appStore()).db, slug)).find(
    (r) => r.createdBy === `user:${user.email}`,
  )
  if (mine && fresh !== '1') redirect(`/stories/${slug}/reviews/${mine.id}`)
  const editors = (await listUsers((await appStore()).db))
    .filter((u) => !u.disabled && hasRole(u.role, 'editor'))
    .map(({ email, name }) => ({ email, name }))
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
          {story.title}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Add an article</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Give the article’s address, or paste it, or open a saved page or text file. The extractor drafts its
        statements (who spoke, in what role, the exact words) for you to review one by one. Nothing goes into
        the story until you mark statements reviewed and save them; your review is kept as you go, at its own
        address.
      </p>
      <div className="mt-6">
        <AddArticleForm storyId={slug} editors={editors} />
      </div>
    </div>
  )
}
