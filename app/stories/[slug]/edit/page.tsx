import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { CampsEditor } from '@/components/story-settings/camps-editor'
import { SourcesEditor, type SourceSetting } from '@/components/story-settings/sources-editor'
import { StoryHeadForm } from '@/components/story-settings/story-head-form'
import { ValuesToMend } from '@/components/story-settings/values-to-mend'
import { requireEditorPage } from '@/lib/auth'
import { valuesToMend } from '@/lib/story/mend'
import { appStore, getStory } from '@/lib/store/app-store'
import { campList, sourceList } from '@/lib/store/camp-list'
import { claimStories } from '@/lib/store/claim-reads'
import { publisherAndTitle } from '@/lib/story/vocabulary'

// Editors' page: the story's question, camps and sources as they are now.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Story settings' }

const known = (value: string) => (value === 'unknown' ? null : value)

export default async function StorySettingsPage({ params }: PageProps<'/stories/[slug]/edit'>) {
  const { slug } = await params
  await requireEditorPage(`/stories/${slug}/edit`)
  const story = await getStory(slug)
  if (!story) notFound()
  const { db } = await appStore()
  const mainClaim = story.claims[0]
  const [camps, sources, sharing] = await Promise.all([
    campList(db, slug),
    sourceList(db, slug),
    mainClaim ? claimStories(db, mainClaim.id) : [],
  ])
  const toMend = valuesToMend(story)
  const count = (key: 'perspective' | 'source', id: string) =>
    story.statements.filter((s) => s[key] === id).length
  return (
    <article className="max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
          Back to the story
        </Link>{' '}
        ·{' '}
        <Link href={`/stories/${slug}/history`} className="text-blue-700 underline dark:text-blue-300">
          Change log
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Story settings: {story.title}</h1>
      {toMend.length > 0 ? <ValuesToMend storyId={slug} items={toMend} /> : null}
      <section aria-labelledby="head-heading" className={`p-4 ${CARD}`}>
        <h2 id="head-heading" className="mb-3 text-lg font-semibold">
          Title and question
        </h2>
        <StoryHeadForm
          storyId={slug}
          title={story.title}
          question={story.question}
          otherStories={sharing.filter((other) => other.id !== slug)}
        />
      </section>
      <section aria-labelledby="camps-heading" className={`p-4 ${CARD}`}>
        <h2 id="camps-heading" className="mb-3 text-lg font-semibold">
          Camps
        </h2>
        <CampsEditor
          storyId={slug}
          camps={camps.map((c) => ({ ...c, statements: count('perspective', c.id) }))}
        />
      </section>
      <section aria-labelledby="sources-settings-heading" className={`p-4 ${CARD}`}>
        <h2 id="sources-settings-heading" className="mb-3 text-lg font-semibold">
          Sources
        </h2>
        <SourcesEditor
          storyId={slug}
          sources={sources.map((s): SourceSetting => ({
            ...s,
            date: s.date as SourceSetting['date'],
            name: publisherAndTitle(known(s.publisher), known(s.title)),
            statements: count('source', s.id),
          }))}
        />
      </section>
    </article>
  )
}
