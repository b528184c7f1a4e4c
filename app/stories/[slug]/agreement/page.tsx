import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { FiguresTable } from '@/components/coding/figures-table'
import { hasRole, requireReader } from '@/lib/auth'
import { storyAgreement } from '@/lib/coding/story-agreement'
import { codingInputs } from '@/lib/store/codings'
import { appStore, getStory } from '@/lib/store/app-store'
import { peopleOf } from '@/lib/store/history'

export const metadata: Metadata = { title: 'Agreement between coders' }
export const dynamic = 'force-dynamic'

const LINK = 'text-blue-700 underline dark:text-blue-300'

/**
 * How far two coders, coding blind, agreed on the story's articles coded twice: the
 * figures for anyone who reads the story, the coders' names for editors only.
 */
export default async function AgreementPage({ params }: PageProps<'/stories/[slug]/agreement'>) {
  const { slug } = await params
  const user = await requireReader(`/stories/${slug}/agreement`)
  const story = await getStory(slug)
  if (!story) notFound()
  const { db } = await appStore()
  const report = storyAgreement(story, await codingInputs(db, story.id))
  const editor = user !== null && hasRole(user.role, 'editor')
  const people = editor
    ? await peopleOf(
        db,
        report.articles.flatMap((a) => a.coders),
      )
    : null
  const name = (actor: string) => people?.get(actor)?.name ?? actor.replace(/^user:/, '')
  const pairName = (coders: [string, string], n: number) =>
    people ? `${name(coders[0])} and ${name(coders[1])}` : `Coder pair ${n + 1}`
  return (
    <div className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/stories/${slug}`} className={LINK}>
          {story.title}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Agreement between coders</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Some articles were coded twice, by two editors working blind. Their statements are paired by their
        words (each pair shares at least half of each statement’s words), and for each field Krippendorff’s
        alpha measures how far they agreed beyond chance: 1 is perfect agreement, 0 is no better than chance.
        Alpha is undefined when there is no variation to measure. Figures count only articles both coders
        finished.
      </p>
      {report.articles.length === 0 ? (
        <p className="mt-6">No article of this story has been coded twice by two finished coders yet.</p>
      ) : (
        <>
          <section aria-labelledby="overall-heading" className={`mt-6 p-4 ${CARD}`}>
            <h2 id="overall-heading" className="text-lg font-semibold">
              All articles coded twice
            </h2>
            <p className="text-sm">
              {report.articles.length} article{report.articles.length === 1 ? '' : 's'}, {report.pairs}{' '}
              statement{report.pairs === 1 ? '' : 's'} coded by both coders.{' '}
              <a href={`/stories/${slug}/agreement/units.csv`} className={LINK} download>
                Download the units as CSV
              </a>
            </p>
            <FiguresTable figures={report.overall} caption="Every double-coded article, pooled" />
          </section>
          <section aria-labelledby="articles-heading" className={`mt-6 p-4 ${CARD}`}>
            <h2 id="articles-heading" className="text-lg font-semibold">
              Per article
            </h2>
            {report.articles.map((a) => (
              <FiguresTable
                key={a.codingId}
                figures={a.figures}
                caption={
                  editor ? `${a.title}, coded by ${name(a.coders[0])} and ${name(a.coders[1])}` : a.title
                }
              />
            ))}
          </section>
          <section aria-labelledby="pairs-heading" className={`mt-6 p-4 ${CARD}`}>
            <h2 id="pairs-heading" className="text-lg font-semibold">
              Per coder pair
            </h2>
            {report.coderPairs.map((p, n) => (
              <FiguresTable
                key={p.coders.join()}
                figures={p.figures}
                caption={`${pairName(p.coders, n)}: ${p.articles} article${p.articles === 1 ? '' : 's'}`}
              />
            ))}
          </section>
          <section aria-labelledby="disagreements-heading" className={`mt-6 p-4 ${CARD}`}>
            <h2 id="disagreements-heading" className="text-lg font-semibold">
              Disagreements: {report.disagreements.length}
            </h2>
            {report.disagreements.length === 0 ? (
              <p className="text-sm">The coders agreed on every field of every statement both found.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {report.disagreements.map((d) => (
                  <li key={`${d.codingId}-${d.pair}-${d.field}`}>
                    <span className="font-medium">{d.field}</span> of “{d.words}” in {d.article}: the first
                    coder chose {d.a}, the second {d.b}.{' '}
                    {editor ? (
                      <Link href={`/stories/${slug}/codings/${d.codingId}#pair-${d.pair}`} className={LINK}>
                        Compare this pair
                      </Link>
                    ) : (
                      <SourceLink slug={slug} sourceId={report.sources[d.codingId] ?? null} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  )
}

function SourceLink({ slug, sourceId }: { slug: string; sourceId: string | null }) {
  if (!sourceId) return <span>(not yet in the story)</span>
  return (
    <Link href={`/stories/${slug}/sources/${sourceId}`} className={LINK}>
      Read it in its source
    </Link>
  )
}
