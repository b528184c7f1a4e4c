import Link from 'next/link'
import { campColor } from '@/components/camp-colors'
import { actorOf, hasRole, requireReader } from '@/lib/auth'
import { appStore, getStoryCounts } from '@/lib/store/app-store'
import { reviewsWaitingFor } from '@/lib/store/reviews'
import { storySummary } from '@/lib/view/view-model'
import { CARD } from '@/components/card'
import { BeyondLast, Pager } from '@/components/pager'
import { askedPage, pageHref, pageOf, STORIES_PER_PAGE } from '@/lib/view/paging'

// The stories' counts come from the store by SQL aggregates, kept until a story changes.
export const dynamic = 'force-dynamic'

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const asked = askedPage((await searchParams).page)
  const user = await requireReader(pageHref('/', asked))
  // Summarised only for the page shown; the counts come whole from the store's aggregates.
  const counts = pageOf(await getStoryCounts(), asked, STORIES_PER_PAGE)
  const stories = counts.items.map(storySummary)
  const waiting =
    user && hasRole(user.role, 'editor') ? await reviewsWaitingFor((await appStore()).db, actorOf(user)) : []
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        Stories
      </h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Contested stories, with each camp’s statements side by side. Every statement is quoted or paraphrased
        exactly as its source gives it, and traced to the passage it comes from.
      </p>
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading" className={`mt-6 p-5 ${CARD}`}>
          <h2 id="waiting-heading" className="text-lg font-semibold">
            Reviews waiting for you
          </h2>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
            Articles you were named to code, blind: the other coder cannot see your choices, nor you theirs,
            until both of you are done.
          </p>
          <ul className="mt-2 list-disc pl-5">
            {waiting.map((w) => (
              <li key={w.reviewId}>
                <Link
                  href={`/stories/${w.storyId}/reviews/${w.reviewId}`}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {w.title === 'unknown' ? 'Untitled article' : w.title}
                  {w.publisher === 'unknown' ? '' : ` (${w.publisher})`}
                </Link>{' '}
                for “{w.storyTitle}”
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 text-sm text-zinc-700 dark:text-zinc-200">
        {counts.total === 0
          ? 'No stories yet.'
          : `Stories ${counts.first.toLocaleString('en')}–${counts.last.toLocaleString('en')} of ${counts.total.toLocaleString('en')}, ${STORIES_PER_PAGE} to a page.`}
      </p>
      <BeyondLast of={counts} asked={asked} noun="Stories" />
      <Pager of={counts} path="/" label="Pages of stories, above the list" noun="Stories" />
      <ul className="mt-6 space-y-4" aria-label="Stories">
        {stories.map((story) => (
          <li key={story.id} className={`p-5 shadow-sm ${CARD}`}>
            <h2 className="text-lg font-semibold">
              <Link href={`/stories/${story.id}`} className="text-blue-700 underline dark:text-blue-300">
                {story.title}
              </Link>
            </h2>
            <p className="mt-2 text-zinc-900 dark:text-zinc-50">
              <span className="font-medium">Question: </span>
              {story.question}
            </p>
            {story.summary ? (
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">{story.summary}</p>
            ) : null}
            <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-200">
              {story.total} statement{story.total === 1 ? '' : 's'}:
            </p>
            <ul
              className="mt-1 flex flex-wrap gap-2 text-sm"
              aria-label={`Statements per camp in “${story.title}”`}
            >
              {story.perspectives.map((p) => (
                <li
                  key={p.id}
                  className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 ${campColor(p.index).chip}`}
                >
                  <span aria-hidden="true" className={`h-2 w-2 rounded-full ${campColor(p.index).swatch}`} />
                  {p.label}: {p.count}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <Pager of={counts} path="/" label="Pages of stories, below the list" noun="Stories" />
    </div>
  )
}
