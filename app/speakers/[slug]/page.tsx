import type { Metadata } from 'next'
import Link from 'next/link'
import { hasRole, readableMetadata, requireReader } from '@/lib/auth'
import { MergeButton } from '@/components/speakers/merge-button'
import { notFound, permanentRedirect } from 'next/navigation'
import { SpeakerStatements } from '@/components/speakers/speaker-statements'
import { StanceStrip } from '@/components/speakers/stance-strip'
import { likelyVariants, speakerStancesByClaim, stanceLine } from '@/lib/view/speakers'
import { speakerSlug } from '@/lib/view/speaker-slug'
import { loadSpeaker, loadSpeakerIndex } from '../speaker-index'
import { BeyondLast, Pager } from '@/components/pager'
import { askedPage, pageHref, pageOf, SPEAKER_STATEMENTS_PER_PAGE } from '@/lib/view/paging'

export const dynamic = 'force-dynamic'

async function load(slug: string) {
  const { everyone, aliases } = await loadSpeakerIndex()
  return { aliases, everyone, speaker: everyone.find((s) => s.slug === slug) }
}

export async function generateMetadata({ params }: PageProps<'/speakers/[slug]'>): Promise<Metadata> {
  const slug = decodeURIComponent((await params).slug)
  return readableMetadata(`/speakers/${encodeURIComponent(slug)}`, async () => {
    const { speaker } = await load(slug)
    return speaker ? { title: `${speaker.name} — speakers` } : {}
  })
}

/** One person (or body) across stories: every statement, in date order, in pages. */
export default async function SpeakerPage({ params, searchParams }: PageProps<'/speakers/[slug]'>) {
  const slug = decodeURIComponent((await params).slug)
  const path = `/speakers/${encodeURIComponent(slug)}`
  const asked = askedPage((await searchParams).page)
  const user = await requireReader(pageHref(path, asked))
  const canEdit = user !== null && hasRole(user.role, 'editor')
  const { aliases, everyone, speaker, rows, items } = await loadSpeaker(slug)
  if (!speaker) {
    // A name merged into another keeps its old address: it leads to the merged speaker.
    for (const [name, canonical] of aliases)
      if (speakerSlug(name) === slug) permanentRedirect(`/speakers/${speakerSlug(canonical)}`)
    notFound()
  }
  const shown = pageOf(items, asked, SPEAKER_STATEMENTS_PER_PAGE)
  // The counts by claim are the store's aggregates over all their statements (the speaker
  // index), not this page's; each strip draws all the statements on its claim.
  const stripRows = new Map(speakerStancesByClaim(items, rows).map((group) => [group.claimId, group.rows]))
  const byClaim = speaker.claims
  const variants = likelyVariants(speaker, everyone)
  const roles = [...new Set(items.map((item) => item.row.role).filter((role) => role !== null))]
  return (
    <article className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/speakers" className="text-blue-700 underline dark:text-blue-300">
          All speakers
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        {speaker.name}
      </h1>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        {speaker.total} statement{speaker.total === 1 ? '' : 's'} in {speaker.stories.length}{' '}
        {speaker.stories.length === 1 ? 'story' : 'stories'}; camp
        {speaker.camps.length === 1 ? '' : 's'}:{' '}
        {speaker.camps.map((c) => `${c.label} (${c.count})`).join(', ')}.
      </p>
      {speaker.names.length > 1 ? (
        <div className="mt-1 text-sm">
          Also written:
          <ul className="inline">
            {speaker.names.slice(1).map((name) => (
              <li key={name} className="ml-2 inline">
                {name}
                {canEdit && aliases.has(name) ? (
                  <MergeButton action="split" name={name} label={`Split “${name}” off`} />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {roles.length > 0 ? (
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
          Titles given at the statements: {roles.join('; ')}.
        </p>
      ) : null}
      <section aria-labelledby="by-claim-heading" className="mt-4">
        <h2 id="by-claim-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Stances by claim
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-200">
          Each stance is taken on one claim; stances on different claims are never added up.
        </p>
        <ul className="mt-2 space-y-3">
          {byClaim.map((claim, i) => (
            <li key={claim.claimId}>
              <p className="font-medium text-zinc-900 dark:text-zinc-50">“{claim.wording}”</p>
              <p className="text-sm text-zinc-700 dark:text-zinc-200">
                {stanceLine(claim.counts)}, in{' '}
                {claim.stories.map((s, k) => (
                  <span key={s.storyId}>
                    {k > 0 ? ', ' : ''}
                    <Link
                      href={`/stories/${s.storyId}`}
                      className="text-blue-700 underline dark:text-blue-300"
                    >
                      {s.title}
                    </Link>
                  </span>
                ))}
              </p>
              <StanceStrip
                id={`strip-${i}`}
                rows={stripRows.get(claim.claimId) ?? []}
                claim={claim.wording}
              />
            </li>
          ))}
        </ul>
      </section>
      {variants.length > 0 ? (
        <aside
          aria-labelledby="variants-heading"
          className="mt-4 rounded-md border border-dashed border-zinc-400 p-3 text-sm dark:border-zinc-500"
        >
          <h2 id="variants-heading" className="font-semibold">
            Possibly the same speaker
          </h2>
          <p className="text-zinc-700 dark:text-zinc-200">
            These names share a surname or contain one another. They are not merged unless an editor merges
            them
            {canEdit
              ? '; a merge is recorded in the history of every story they speak in, and can be split again'
              : ''}
            .
          </p>
          <ul className="mt-1 list-disc pl-5">
            {variants.map((v) => (
              <li key={v.slug}>
                <Link href={`/speakers/${v.slug}`} className="text-blue-700 underline dark:text-blue-300">
                  {v.name}
                </Link>{' '}
                ({v.total} statement{v.total === 1 ? '' : 's'}; {v.camps.map((c) => c.label).join(', ')})
                {canEdit
                  ? v.names.map((name) => (
                      <MergeButton
                        key={name}
                        action="merge"
                        name={name}
                        into={speaker.name}
                        label={`Merge “${name}” into ${speaker.name}`}
                      />
                    ))
                  : null}
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      <BeyondLast of={shown} asked={asked} noun="Statements" />
      <Pager of={shown} path={path} label="Pages of statements, above the list" noun="Statements" />
      <SpeakerStatements
        slug={speaker.slug}
        items={shown.items}
        partOf={shown.pages > 1 ? shown.total : undefined}
      />
      <Pager of={shown} path={path} label="Pages of statements, below the list" noun="Statements" />
    </article>
  )
}
