import type { Metadata } from 'next'
import { requireEditorPage } from '@/lib/auth'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReviewWorkbench } from '@/components/review/review-workbench'
import { dateView } from '@/lib/view/source-date'
import { appStore, getStory } from '@/lib/store/app-store'
import { readStoryClaims, sharedClaimChoices } from '@/lib/store/claim-reads'
import { getReview, reviewNonResponsesOf } from '@/lib/store/reviews'

export const metadata: Metadata = { title: 'Review an article' }
export const dynamic = 'force-dynamic'

/** A review in progress, at a stable address: reloading or coming back finds it as saved. */
export default async function ReviewPage({ params }: PageProps<'/stories/[slug]/reviews/[reviewId]'>) {
  const { slug, reviewId } = await params
  await requireEditorPage(`/stories/${slug}/reviews/${reviewId}`)
  const db = (await appStore()).db
  const [story, review, claims, shared] = await Promise.all([
    getStory(slug),
    getReview(db, reviewId),
    readStoryClaims(db, slug),
    sharedClaimChoices(db, slug),
  ])
  if (!story || !review || review.storyId !== slug) notFound()
  const choice = (claim: { id: string; wording: string }) => ({ id: claim.id, wording: claim.wording })
  const nonResponses = await reviewNonResponsesOf(db, review.id, review.article)
  const unknown = (value: string, what: string) => (value === 'unknown' ? `${what} unknown` : value)
  return (
    <div className="max-w-screen-xl">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-4 text-sm">
        <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
          {story.title}
        </Link>
        <Link href={`/stories/${slug}/add?new=1`} className="text-blue-700 underline dark:text-blue-300">
          Start another article
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Review an article</h1>
      <p className="mt-1 text-zinc-700 dark:text-zinc-200">
        {unknown(review.publisher, 'Publisher')} · {unknown(review.title, 'Title')} ·{' '}
        {dateView(review.date).display} · {unknown(review.url, 'URL')}
      </p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Question of the story: {story.question}</p>
      {review.status === 'done' ? (
        <p className="mt-6">
          This review is finished: its statements are in the story.{' '}
          <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
            Open the story
          </Link>
        </p>
      ) : (
        <div className="mt-6">
          <ReviewWorkbench
            storyId={slug}
            reviewId={review.id}
            article={review.article}
            camps={story.perspectives.map((p) => ({ id: p.id, label: p.label, definition: p.definition }))}
            mainClaim={choice(claims[0]!)}
            claims={claims.slice(1).map(choice)}
            shared={shared}
            articleDate={dateView(review.date).display}
            nonResponses={nonResponses}
            drafts={review.drafts}
          />
        </div>
      )}
    </div>
  )
}
