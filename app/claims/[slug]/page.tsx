import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { ClaimStatements } from '@/components/claims/claim-statements'
import { hasRole, readableMetadata, requireReader } from '@/lib/auth'
import { MergeForm } from '@/components/claims/merge-form'
import { RewordForm } from '@/components/claims/reword-form'
import { CARD } from '@/components/card'
import { appStore, derived, getClaimSummaries, getStory } from '@/lib/store/app-store'
import {
  claimBySlug,
  claimRewordingsOf,
  claimsMergedInto,
  claimStories,
  redirectedSlug,
} from '@/lib/store/claim-reads'
import { utcTime } from '@/lib/view/utc-time'
import { campStanceLine, claimPageView, type ClaimStoryInput } from '@/lib/view/claim-pages'
import { claimViews, noResponseText, nonResponseViews } from '@/lib/view/claims'
import { statementRows } from '@/lib/view/view-model'

export const dynamic = 'force-dynamic'

const LINK = 'text-blue-700 underline dark:text-blue-300'

/** The claim and the stories that use it, each read as the story page reads it (cached by its stamp). */
async function load(slug: string) {
  const { db } = await appStore()
  const claim = await claimBySlug(db, slug)
  if (!claim) return undefined
  const [uses, rewordings, merged] = await Promise.all([
    claimStories(db, claim.id),
    claimRewordingsOf(db, claim.id),
    claimsMergedInto(db, claim.id),
  ])
  const storyIds = uses.map((use) => use.id)
  const stories: ClaimStoryInput[] = []
  for (const story of await Promise.all(storyIds.map((id) => getStory(id))))
    if (story)
      stories.push({
        storyId: story.id,
        storyTitle: story.title,
        claims: derived(story, 'claims', claimViews),
        rows: derived(story, 'rows', statementRows),
        perspectives: story.perspectives,
        nonResponses: derived(story, 'nonResponses', nonResponseViews),
      })
  return { claim, uses, stories, rewordings, merged, view: claimPageView(stories, claim.id) }
}

export async function generateMetadata({ params }: PageProps<'/claims/[slug]'>): Promise<Metadata> {
  const slug = decodeURIComponent((await params).slug)
  return readableMetadata(`/claims/${encodeURIComponent(slug)}`, async () => {
    const { db } = await appStore()
    const claim = await claimBySlug(db, slug)
    return claim ? { title: `${claim.wording} — claims` } : {}
  })
}

/** One claim across stories: every statement on it by camp and over time, and the non-responses. */
export default async function ClaimPage({ params }: PageProps<'/claims/[slug]'>) {
  const slug = decodeURIComponent((await params).slug)
  const user = await requireReader(`/claims/${encodeURIComponent(slug)}`)
  const canEdit = user !== null && hasRole(user.role, 'editor')
  const loaded = await load(slug)
  if (!loaded) {
    // A merged claim keeps its old address: it leads to the claim it was merged into.
    const survivor = await redirectedSlug((await appStore()).db, slug)
    if (survivor !== undefined) permanentRedirect(`/claims/${encodeURIComponent(survivor)}`)
    notFound()
  }
  const { claim, uses, stories, rewordings, merged, view } = loaded
  const others = canEdit ? (await getClaimSummaries()).filter((other) => other.id !== claim.id) : []
  const byStory = stories.map((story) => ({
    story,
    camps: view.camps.filter((camp) => camp.storyId === story.storyId),
    main: story.claims[0]?.id === claim.id,
  }))
  return (
    <article className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/claims" className={LINK}>
          All claims
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        {claim.wording}
      </h1>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        A claim in {stories.length} {stories.length === 1 ? 'story' : 'stories'}: {view.statements.length}{' '}
        statement{view.statements.length === 1 ? '' : 's'} take a stance on it
        {view.nonResponses.length > 0
          ? `; ${view.nonResponses.length} record${view.nonResponses.length === 1 ? '' : 's'} of no public response`
          : ''}
        .
      </p>
      {claim.notes.length > 0 ? (
        <ul
          className="mt-2 list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-200"
          aria-label="Notes on the claim"
        >
          {claim.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="by-camp-heading" className="mt-6">
        <h2 id="by-camp-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          By camp, story by story
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-200">
          Each camp’s stances on this claim in each story. A camp with no statement on it and no record of a
          response is silent.
        </p>
        {byStory.map(({ story, camps, main }) => (
          <div key={story.storyId} className="mt-3">
            <h3 className="font-semibold text-zinc-900 dark:text-zinc-50">
              <Link
                href={`/stories/${encodeURIComponent(story.storyId)}?claim=${encodeURIComponent(claim.id)}`}
                className={LINK}
              >
                {story.storyTitle}
              </Link>
              {main ? (
                <span className="font-normal text-zinc-700 dark:text-zinc-300"> (its question)</span>
              ) : null}
            </h3>
            <ul className="mt-1 space-y-1 text-sm">
              {camps.map((camp) => (
                <li key={camp.perspectiveId}>
                  <span className="font-medium">{camp.label}:</span>{' '}
                  {camp.statements.length > 0 || camp.nonResponses.length === 0
                    ? campStanceLine({ counts: camp.counts, nonResponses: 0 })
                    : null}
                  {camp.nonResponses.map((n, i) => (
                    <span key={n.item.id}>
                      {i > 0 || camp.statements.length > 0 ? '; ' : ''}
                      <a href={n.href} className={LINK}>
                        {noResponseText(n.item.asOf)}
                      </a>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {view.nonResponses.length > 0 ? (
        <section aria-labelledby="no-response-heading" className="mt-6">
          <h2 id="no-response-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            No public response
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-200">
            Where a source says a camp did not respond to this claim. Not a statement, and no stance.
          </p>
          <ul className="mt-2 space-y-2 text-sm">
            {view.nonResponses.map((n) => (
              <li key={`${n.storyId}/${n.item.id}`}>
                <span className="font-medium">{n.perspective}</span>, in {n.storyTitle}:{' '}
                <a href={n.href} className={LINK}>
                  {noResponseText(n.item.asOf)}
                </a>
                <blockquote className="mt-1 border-l-2 border-zinc-300 pl-2 text-zinc-800 dark:border-zinc-600 dark:text-zinc-100">
                  {n.item.text}
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ClaimStatements
        claim={{ id: claim.id, slug: claim.slug, wording: claim.wording }}
        statements={view.statements}
        nonResponses={view.nonResponses}
        chart={view.chart}
      />
      {canEdit ? (
        <section className={`mt-6 p-4 print:hidden ${CARD}`}>
          <RewordForm key={claim.wording} claim={{ id: claim.id, wording: claim.wording }} stories={uses} />
        </section>
      ) : null}
      {canEdit && others.length > 0 ? (
        <section className={`mt-6 p-4 print:hidden ${CARD}`}>
          <MergeForm
            claim={{ id: claim.id, wording: claim.wording }}
            others={others.map((o) => ({ id: o.id, wording: o.wording }))}
            stories={uses}
          />
        </section>
      ) : null}
      {merged.length > 0 ? (
        <section aria-labelledby="merged-heading" className="mt-6">
          <h2 id="merged-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Claims merged into this one
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {merged.map((m) => (
              <li key={m.id}>
                “{m.wording}” (merged {utcTime(m.at)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rewordings.length > 0 ? (
        <section aria-labelledby="rewordings-heading" className="mt-6">
          <h2 id="rewordings-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Earlier wordings
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {rewordings.map((r) => (
              <li key={r.id}>
                {utcTime(r.at)}: “{r.before}” became “{r.after}”
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  )
}
