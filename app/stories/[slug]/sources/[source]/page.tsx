import type { Metadata } from 'next'
import Link from 'next/link'
import { hasRole, readableMetadata, requireReader } from '@/lib/auth'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { HighlightLegend, SourceHighlights } from '@/components/source-highlights'
import { CompareArchive } from '@/components/sources/compare-archive'
import { StatementEntry } from '@/components/statement-entry'
import { appStore, derived, getStory } from '@/lib/store/app-store'
import { sourceArchive, sourceByline } from '@/lib/store/archives'
import { publisherAndTitle } from '@/lib/story/vocabulary'
import { sourceSegments, sourceStatements } from '@/lib/view/source-page'
import { claimViews, noResponseText, nonResponseTarget, nonResponseViews } from '@/lib/view/claims'
import { sourceViews, statementRows } from '@/lib/view/view-model'
import { utcTime } from '@/lib/view/utc-time'
import { workspaceData } from '@/lib/view/workspace-data'

export const dynamic = 'force-dynamic'

async function load(slug: string, sourceId: string) {
  const story = await getStory(slug)
  if (!story) return null
  const view = derived(story, 'sources', sourceViews).find((s) => s.id === sourceId)
  const source = story.sources.find((s) => s.id === sourceId)
  if (!view || !source) return null
  return { story, view, source }
}

export async function generateMetadata({
  params,
}: PageProps<'/stories/[slug]/sources/[source]'>): Promise<Metadata> {
  const { slug, source } = await params
  return readableMetadata(`/stories/${slug}/sources/${source}`, async () => {
    const found = await load(slug, source)
    if (!found) return {}
    return {
      title: `[${found.view.number}] ${publisherAndTitle(found.view.publisher, found.view.title)} — ${found.story.title}`,
    }
  })
}

/** One source on its own: its text with every statement highlighted, then its statements. */
export default async function SourcePage({ params }: PageProps<'/stories/[slug]/sources/[source]'>) {
  const { slug, source: sourceId } = await params
  const user = await requireReader(`/stories/${slug}/sources/${sourceId}`)
  const found = await load(slug, sourceId)
  if (!found) notFound()
  const { story, view, source } = found
  const db = (await appStore()).db
  const archive = await sourceArchive(db, story.id, source.id)
  const byline = await sourceByline(db, story.id, source.id, archive)
  const editor = user !== null && hasRole(user.role, 'editor')
  const rows = sourceStatements(derived(story, 'rows', statementRows), source.id)
  const events = story.events.length > 0 ? derived(story, 'workspace', workspaceData).events : []
  const silent = derived(story, 'non-responses', nonResponseViews).filter((n) => n.source.id === source.id)
  const claims = derived(story, 'claims', claimViews)
  const camps = new Map(story.perspectives.map((p) => [p.id, p.label]))
  const segments = sourceSegments(source.text, rows, events, source.id, silent)
  const storyPath = `/stories/${story.id}`
  return (
    <article className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">
          All stories
        </Link>{' '}
        ›{' '}
        <Link href={storyPath} className="text-blue-700 underline dark:text-blue-300">
          {story.title}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        [{view.number}] {publisherAndTitle(view.publisher, view.title)}
      </h1>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        {view.date.display}
        {view.date.reason ? ` — why inferred: ${view.date.reason}` : ''}
        {view.url ? (
          <>
            {' · '}
            <a
              href={view.url}
              rel="noreferrer"
              className="url-text break-all text-blue-700 underline dark:text-blue-300"
            >
              {view.url}
            </a>
          </>
        ) : null}
      </p>
      {byline ? (
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
          By {byline}, as the {archive ? 'page' : 'article'} named its writers when it was added.
        </p>
      ) : null}
      {archive ? (
        <section aria-labelledby="archive-heading" className="mt-3 text-sm text-zinc-700 dark:text-zinc-200">
          <h2 id="archive-heading" className="font-semibold text-zinc-900 dark:text-zinc-50">
            The page as fetched
          </h2>
          <p className="mt-1">
            Fetched on {utcTime(archive.fetchedAt)} from{' '}
            <span className="url-text break-all">{archive.url}</span>. The text below was read from that page
            and every anchor refers to it; fetching the page again never replaces it.
          </p>
          <p className="mt-1 break-all">
            sha256 of the page: <code className="text-xs">{archive.htmlSha256}</code>
          </p>
          {editor ? (
            <>
              <p className="mt-2">
                <a
                  href={`/stories/${story.id}/sources/${source.id}/archived`}
                  download
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  Download the archived page (plain text, {archive.htmlLength.toLocaleString('en')}{' '}
                  characters)
                </a>
              </p>
              <CompareArchive storyId={story.id} sourceId={source.id} />
            </>
          ) : null}
        </section>
      ) : null}
      {view.notes.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-200">
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="source-text-heading" className={`mt-5 ${CARD}`}>
        <h2
          id="source-text-heading"
          className="border-b border-zinc-200 px-5 py-2 text-base font-semibold dark:border-zinc-700"
        >
          The text, with every statement highlighted
        </h2>
        <HighlightLegend camps={story.perspectives.map((p, index) => ({ label: p.label, index }))} />
        <div data-testid="source-text" dir="auto" className="whitespace-pre-wrap px-5 py-4 leading-relaxed">
          <SourceHighlights
            segments={segments}
            chosen={null}
            underline
            hrefFor={(targetId) =>
              targetId.startsWith('s-') || targetId.startsWith('n-')
                ? `#${targetId}`
                : `${storyPath}#${targetId}`
            }
          />
        </div>
      </section>

      {silent.length > 0 ? (
        <section aria-labelledby="source-silent-heading" className="mt-6">
          <h2 id="source-silent-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            No public response, as this source says ({silent.length})
          </h2>
          <ol className="mt-2 space-y-2">
            {silent.map((item) => (
              <li
                key={item.id}
                id={nonResponseTarget(item.id)}
                tabIndex={-1}
                className="scroll-mt-24 rounded-md border-l-4 border-l-zinc-500 bg-white py-1.5 pl-3 pr-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-zinc-900"
              >
                <p>
                  <span className="font-semibold">{camps.get(item.perspectiveId)}</span>:{' '}
                  {noResponseText(item.asOf)}, on the claim “
                  {claims.find((c) => c.id === item.claimId)?.wording}”.
                </p>
                <p className="mt-1 text-zinc-800 dark:text-zinc-100">
                  <span className="text-xs font-semibold text-zinc-700 dark:text-zinc-300">The source: </span>
                  {item.text}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="source-statements-heading" className="mt-6">
        <h2 id="source-statements-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Statements in this source ({rows.length})
        </h2>
        <ol className="mt-2 space-y-2">
          {rows.map((row) => (
            <StatementEntry
              key={row.id}
              id={`s-${row.id}`}
              row={row}
              rowHref={`${storyPath}#s-${row.id}`}
              rowLinkText="Its row in the story"
            />
          ))}
        </ol>
      </section>
    </article>
  )
}
