import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FeedList } from '@/components/feeds/feed-list'
import { InboxList } from '@/components/feeds/inbox-list'
import { requireEditorPage } from '@/lib/auth'
import { appStore, getStory } from '@/lib/store/app-store'
import { inbox, storyFeeds } from '@/lib/store/feeds'

export const metadata: Metadata = { title: 'Feeds and inbox' }
export const dynamic = 'force-dynamic'

/** An editor's page: the feeds a story watches, and the items they brought, waiting to be opened or dismissed. */
export default async function FeedsPage({ params }: PageProps<'/stories/[slug]/feeds'>) {
  const { slug } = await params
  await requireEditorPage(`/stories/${slug}/feeds`)
  const story = await getStory(slug)
  if (!story) notFound()
  const { db } = await appStore()
  const [list, items] = await Promise.all([storyFeeds(db, story.id), inbox(db, story.id)])
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/stories/${story.id}`} className="text-blue-700 underline dark:text-blue-300">
          {story.title}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Feeds and inbox</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        The feeds below are read every half hour (or as the operator set it). Items whose title or summary
        holds a keyword, as a whole word, wait in the inbox; an item already seen, under any address, comes
        once.
      </p>
      <section aria-labelledby="inbox-heading" className="mt-6">
        <h2 id="inbox-heading" className="text-lg font-semibold">
          Inbox ({items.length})
        </h2>
        <div className="mt-2">
          <InboxList storyId={story.id} items={items} />
        </div>
      </section>
      <section aria-labelledby="feeds-heading" className="mt-8">
        <h2 id="feeds-heading" className="text-lg font-semibold">
          Feeds
        </h2>
        <div className="mt-2">
          <FeedList storyId={story.id} list={list} />
        </div>
      </section>
    </div>
  )
}
