import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { RelatedReports } from '@/components/related-reports'
import { StoryEvents } from '@/components/story-events'
import { StorySources } from '@/components/story-sources'
import { StaticStoryWorkspace } from '@/components/story-workspace/static-story-workspace'
import { StoryWorkspaceLoader } from '@/components/story-workspace/story-workspace-loader'
import { LargeStoryWorkspace } from '@/components/story-workspace/large-story-workspace'
import { storyDataPath, storyRowsPath } from '@/lib/view/story-data-path'
import { hasRole, readableMetadata, requireReader } from '@/lib/auth'
import { appStore, derived, getStory, storyFigure, storyView } from '@/lib/store/app-store'
import { loadStoryUrlState } from '@/lib/view/url-state'
import { largeTimelineView, staticView } from '@/lib/view/static-view'
import { isLargeStory, workspaceData, workspacePerspectives } from '@/lib/view/workspace-data'
import { sourceViews } from '@/lib/view/view-model'
import { CARD } from '@/components/card'
import { EditorPanel } from '@/components/review/editor-panel'
import { blindCodings, openReviews } from '@/lib/store/reviews'
import { alphaText } from '@/lib/coding/report'
import { storyAgreement, storyStanceFigure } from '@/lib/coding/story-agreement'
import { codingInputs } from '@/lib/store/codings'
import { neutralStancesToConfirm, redirectedClaimId } from '@/lib/store/claim-reads'
import { NeutralToConfirm } from '@/components/review/neutral-to-confirm'

// Stories live in the store and can be added at any time: each page is rendered per
// request from the story's cached data, and the build never opens the store.
export const dynamic = 'force-dynamic'

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/stories/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  // Even a title says what a story is about: it waits for the same check as the page.
  return readableMetadata(`/stories/${slug}`, async () => {
    const story = await getStory(slug)
    if (!story) return {}
    // A shared link's title says what it shows, parsed by the same rules as the page.
    const { q } = loadStoryUrlState(
      story.perspectives.map((p) => p.id),
      await searchParams,
    )
    const search = q.trim() ? ` — search “${q.trim().slice(0, 60)}”` : ''
    return { title: `${story.title}${search}`, description: story.question }
  })
}

export default async function StoryPage({ params, searchParams }: PageProps<'/stories/[slug]'>) {
  const { slug } = await params
  const user = await requireReader(`/stories/${slug}`)
  const story = await getStory(slug)
  if (!story) notFound()
  // Edit controls for editors only; the edit routes check the role again on every write.
  const canEdit = user !== null && hasRole(user.role, 'editor')
  // Editors see where drafts wait; readers and visitors never do, and never get the query.
  const reviews = canEdit ? await openReviews((await appStore()).db, slug) : null
  const codings = canEdit ? await blindCodings((await appStore()).db, slug) : []
  // Editors' pages are made afresh for each request; a reader's or a visitor's views of a
  // version of the story are kept between requests (lib/store/app-store), after the checks above.
  const keep = { fresh: canEdit }
  // Finished double codings only: their figures are for every reader.
  const agreement = await storyFigure(
    story,
    'agreement',
    async () => {
      const report = storyAgreement(story, await codingInputs((await appStore()).db, story.id))
      return { pairs: report.pairs, stanceAlpha: storyStanceFigure(story, report)?.alpha ?? null }
    },
    keep,
  )
  const stanceAlpha = agreement.stanceAlpha
  const neutral = canEdit ? await neutralStancesToConfirm((await appStore()).db, slug) : []
  // Made once per version of the story, not on every request.
  const large = isLargeStory(story)
  const data = large ? null : derived(story, 'workspace', workspaceData)
  const query = await searchParams
  const urlState = loadStoryUrlState(
    story.perspectives.map((p) => p.id),
    query,
  )
  // A merged claim's old id (an older link) shows the surviving claim, under its own id.
  if (urlState.claim !== null && !story.claims.some((c) => c.id === urlState.claim)) {
    const survivor = await redirectedClaimId((await appStore()).db, urlState.claim)
    if (survivor !== undefined && story.claims.some((c) => c.id === survivor)) {
      const next = new URLSearchParams()
      for (const [key, value] of Object.entries(query))
        for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
          next.append(key, key === 'claim' ? survivor : one)
      redirect(`/stories/${encodeURIComponent(slug)}?${next.toString()}`)
    }
  }

  // The question every stance is measured against, beside the stance spread.
  const intro = (
    <div className={`p-4 ${CARD}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
        The question every stance is measured against
      </p>
      <p className="mt-1 text-lg font-medium text-zinc-900 dark:text-zinc-50">{story.question}</p>
      {story.claims.length > 1 ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-200">
          The camps are also compared on {story.claims.length - 1} more claim
          {story.claims.length === 2 ? '' : 's'}:{' '}
          <a href={`/stories/${story.id}?view=claims`} className="text-blue-700 underline dark:text-blue-300">
            see where they agree and split
          </a>
          .
        </p>
      ) : null}
    </div>
  )

  // The view's key: its URL as parsed, so two spellings of one view share it.
  const viewKey = JSON.stringify(urlState)
  const view =
    data === null ? null : await storyView(story, `static ${viewKey}`, () => staticView(data, urlState), keep)
  // A large story's timeline is drawn here, its chart and first entries, so that its first
  // screen does not wait for the story's data file.
  const largeData = large && urlState.view === 'timeline' ? derived(story, 'workspace', workspaceData) : null
  const timeline = largeData
    ? await storyView(story, `timeline ${viewKey}`, () => largeTimelineView(largeData, urlState), keep)
    : null
  const timelinePreview =
    largeData && timeline ? (
      <StaticStoryWorkspace view={timeline} perspectives={largeData.perspectives} intro={intro} />
    ) : undefined

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          All stories
        </Link>
      </nav>
      <header className="mt-2 max-w-5xl">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">{story.title}</h1>
        {story.summary ? (
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">{story.summary}</p>
        ) : null}
        {canEdit ? (
          <p className="mt-2 flex gap-4 text-sm print:hidden">
            <Link href={`/stories/${story.id}/edit`} className="text-blue-700 underline dark:text-blue-300">
              Story settings
            </Link>
            <Link
              href={`/stories/${story.id}/history`}
              className="text-blue-700 underline dark:text-blue-300"
            >
              Change log
            </Link>
          </p>
        ) : null}
        {agreement.pairs > 0 ? (
          <p className="mt-2 text-sm print:hidden">
            {agreement.pairs} statement{agreement.pairs === 1 ? ' was' : 's were'} coded twice, blind: stance
            α = {alphaText(stanceAlpha)}.{' '}
            <Link
              href={`/stories/${story.id}/agreement`}
              className="text-blue-700 underline dark:text-blue-300"
            >
              Agreement between coders
            </Link>
          </p>
        ) : null}
        {reviews && <EditorPanel storyId={story.id} reviews={reviews} codings={codings} />}
        {canEdit ? <NeutralToConfirm items={neutral} /> : null}
      </header>

      {/* The workspace reads the query string in the browser. Until its code has loaded,
          after first paint, the page shows the same view from the query string as parsed
          here, so the HTML holds every statement of the shared view, with or without
          JavaScript. */}
      {data === null || view === null ? (
        // A large story's rows come as a separate JSON file and render in a window, so
        // the page's HTML stays small whatever the story's size.
        <LargeStoryWorkspace
          canEdit={canEdit}
          dataUrl={storyDataPath(story.id)}
          rowsPath={storyRowsPath(story.id)}
          perspectives={workspacePerspectives(story)}
          count={story.statements.length}
          intro={intro}
          preview={timelinePreview}
        />
      ) : (
        // The rows reach the browser once: React sends an object it meets twice only once,
        // and the server-rendered tables hold the same row objects, filtered and sorted.
        <StoryWorkspaceLoader data={data} intro={intro} canEdit={canEdit}>
          <StaticStoryWorkspace view={view} perspectives={data.perspectives} intro={intro} />
        </StoryWorkspaceLoader>
      )}

      {/* What the statements rest on, after them: the sources (numbered, each once), the
          reporter's narration and other outlets' reports, the last two folded away. */}
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <StorySources
          storyId={story.id}
          sources={derived(story, 'sources', sourceViews)}
          limit={isLargeStory(story) ? 5 : undefined}
        />
        <div className="space-y-6">
          <Folded
            summary={`Context: what the reporter narrates (${story.events.length})`}
            show={story.events.length > 0}
          >
            <StoryEvents events={story.events} />
          </Folded>
          <Folded
            summary={`Related reports (${story.relatedReports.length})`}
            show={story.relatedReports.length > 0}
          >
            <RelatedReports reports={story.relatedReports} />
          </Folded>
        </div>
      </div>
    </article>
  )
}

function Folded({ summary, show, children }: { summary: string; show: boolean; children: React.ReactNode }) {
  if (!show) return null
  return (
    <details className="group print:hidden">
      <summary className="cursor-pointer rounded text-base font-semibold text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-zinc-50">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  )
}
