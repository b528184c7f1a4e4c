import type { Metadata } from 'next'
import Link from 'next/link'
import { requireReader } from '@/lib/auth'
import { BeyondLast, Pager } from '@/components/pager'
import { SPEAKERS_PER_PAGE, topOf } from '@/lib/view/speaker-counts'
import { askedPage, pageHref, pageOf, SPEAKER_STATEMENTS_PER_PAGE } from '@/lib/view/paging'
import { stanceLine } from '@/lib/view/speakers'
import { loadSpeakerIndex } from './speaker-index'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Speakers',
  description: 'Everyone with a statement in any story, with counts by story and camp.',
}

const CELL = 'border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-700'

/**
 * Stories and claims listed in a speaker's row: the few with most of their statements
 * (lib/view/speaker-counts: topOf), then "and N more" to their page, which has them all. In
 * an archive of hundreds of stories a row listing every one would make the page megabytes.
 */
const LISTED = 3

function More({ shown, of, what, slug }: { shown: number; of: number; what: string; slug: string }) {
  if (of <= shown) return null
  return (
    <Link href={`/speakers/${slug}`} className="mt-1 inline-block text-blue-700 underline dark:text-blue-300">
      and {(of - shown).toLocaleString('en')} more {what}
    </Link>
  )
}

/** Everyone who has a statement in any story, filed by surname, 50 to a page. */
export default async function SpeakersPage({ searchParams }: PageProps<'/speakers'>) {
  const asked = askedPage((await searchParams).page)
  await requireReader(pageHref('/speakers', asked))
  const { everyone } = await loadSpeakerIndex()
  const shown = pageOf(everyone, asked, SPEAKERS_PER_PAGE)
  const speakers = shown.items
  const pager = (where: string) => (
    <Pager of={shown} path="/speakers" label={`Pages of speakers, ${where}`} noun="Speakers" />
  )
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Speakers</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Everyone with a statement in any story, filed by surname: {everyone.length.toLocaleString('en')}{' '}
        speakers, {SPEAKERS_PER_PAGE} to a page; each row names the three stories and claims with most of
        their statements. A speaker’s page lists every statement they made, across stories, in date order,{' '}
        {SPEAKER_STATEMENTS_PER_PAGE} to a page.
      </p>
      <BeyondLast of={shown} asked={asked} noun="Speakers" />
      {pager('above the table')}
      <div role="region" aria-label="Speakers table" tabIndex={0} className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Speakers, with their statements by story and camp</caption>
          <thead>
            <tr>
              <th scope="col" className={CELL}>
                Speaker
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                Statements
              </th>
              <th scope="col" className={CELL}>
                By story
              </th>
              <th scope="col" className={CELL}>
                By camp
              </th>
              <th scope="col" className={CELL}>
                Stances, by claim
              </th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((speaker) => (
              <tr key={speaker.slug}>
                <th scope="row" className={`${CELL} font-semibold`}>
                  <Link
                    href={`/speakers/${speaker.slug}`}
                    className="text-blue-700 underline dark:text-blue-300"
                  >
                    {speaker.name}
                  </Link>
                  {speaker.names.length > 1 ? (
                    <span className="block text-xs font-normal text-zinc-700 dark:text-zinc-300">
                      also written {speaker.names.slice(1).join('; ')}
                    </span>
                  ) : null}
                </th>
                <td className={`${CELL} text-right tabular-nums`}>{speaker.total}</td>
                <td className={CELL}>
                  <ul>
                    {topOf(speaker.stories, LISTED, (s) => s.count).map((s) => (
                      <li key={s.storyId}>
                        <Link
                          href={`/stories/${s.storyId}`}
                          className="text-blue-700 underline dark:text-blue-300"
                        >
                          {s.title}
                        </Link>
                        : {s.count}
                      </li>
                    ))}
                  </ul>
                  <More shown={LISTED} of={speaker.stories.length} what="stories" slug={speaker.slug} />
                </td>
                <td className={CELL}>
                  {speaker.camps.map((c) => (
                    <span key={c.label} className="block">
                      {c.label}: {c.count}
                    </span>
                  ))}
                </td>
                <td className={CELL}>
                  {topOf(speaker.claims, LISTED, (c) => c.total).map((claim) => (
                    <span key={claim.claimId} className="block">
                      <span className="text-zinc-700 dark:text-zinc-300">“{claim.wording}”:</span>{' '}
                      {stanceLine(claim.counts)}
                    </span>
                  ))}
                  <More shown={LISTED} of={speaker.claims.length} what="claims" slug={speaker.slug} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager('below the table')}
    </div>
  )
}
