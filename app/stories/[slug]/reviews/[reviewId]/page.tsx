import type { Metadata } from 'next'
import { actorOf, requireEditorPage } from '@/lib/auth'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReviewWorkbench } from '@/components/review/review-workbench'
import { dateView } from '@/lib/view/source-date'
import { appStore, getStory } from '@/lib/store/app-store'
import { bothCoded } from '@/lib/coding/blind'
import { CodingStatus } from '@/components/coding/coding-status'
import { readStoryClaims, sharedClaimChoices } from '@/lib/store/claim-reads'
import { privateClaimsFor } from '@/lib/store/private-claims'
import { readReview, reviewNonResponsesOf } from '@/lib/store/reviews'

export const metadata: Metadata = { title: 'Review an article' }
export const dynamic = 'force-dynamic'

/** A review in progress, at a stable address: reloading or coming back finds it as saved. */
export default async function ReviewPage({ params }: PageProps<'/stories/[slug]/reviews/[reviewId]'>) {
  const { slug, reviewId } = await params
  const user = await requireEditorPage(`/stories/${slug}/reviews/${reviewId}`)
  const actor = actorOf(user)
  const db = (await appStore()).db
  const [story, read] = await Promise.all([getStory(slug), readReview(db, reviewId, actor)])
  if (!story || !read) notFound()
  // A blind coder's review, read by anyone but its coder before both are done: that it exists, no more.
  if (!read.open) {
    if (read.head.storyId !== slug) notFound()
    return (
      <div className="max-w-screen-xl">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
            {story.title}
          </Link>
        </nav>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">An article coded twice, blind</h1>
        <CodingStatus coders={read.coders} actor={actor} />
        <p className="mt-4">
          What each coder chose stays hidden, from the other coder and from everyone else, until both have
          marked their coding done.
        </p>
      </div>
    )
  }
  const { review, coders } = read
  if (review.storyId !== slug) notFound()
  // The coder at work on their own review; a finished coding is shown through the comparison.
  const coding = review.coder === actor && review.codedAt === null
  const settled = bothCoded(coders)
  // Read only once the review is open to this editor: a blind coder's choices stay theirs.
  const [claims, shared, nonResponses, privateClaims] = await Promise.all([
    readStoryClaims(db, slug),
    sharedClaimChoices(db, slug),
    reviewNonResponsesOf(db, review.id, review.article),
    privateClaimsFor(db, review),
  ])
  // The coder's own claims, in their review; on the settlement, the coders' not settled yet.
  const coderOf = new Map(coders.map((c, i) => [c.id, i === 0 ? 'first' : 'second']))
  const own = privateClaims
    .filter((claim) => claim.outcome === null)
    .map((claim) => ({
      id: claim.id,
      wording:
        review.coder === null
          ? `${claim.wording} (the ${coderOf.get(claim.reviewId) ?? 'a'} coder’s own claim, not settled yet)`
          : claim.wording,
    }))
  const choice = (claim: { id: string; wording: string }) => ({ id: claim.id, wording: claim.wording })
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
      {review.codingId && <CodingStatus coders={coders} actor={actor} />}
      {review.codingId && review.coder === null && (
        <p className="mt-2">
          This is the settlement of the two codings: what “Save to story” saves.{' '}
          <Link
            href={`/stories/${slug}/codings/${review.codingId}`}
            className="text-blue-700 underline dark:text-blue-300"
          >
            Compare the codings side by side
          </Link>
        </p>
      )}
      {review.coder !== null && !coding ? (
        <p className="mt-6">
          {settled ? (
            <>
              Both coders are done.{' '}
              <Link
                href={`/stories/${slug}/codings/${review.codingId}`}
                className="text-blue-700 underline dark:text-blue-300"
              >
                Compare the codings and settle their differences
              </Link>
            </>
          ) : (
            'You marked your coding done. The other coder’s choices, and the comparison, open once they are done too.'
          )}
        </p>
      ) : review.status === 'done' ? (
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
            blind={review.coder !== null}
            privateClaims={own}
          />
        </div>
      )}
    </div>
  )
}
