import type { Metadata } from 'next'
import Link from 'next/link'
import { requireReader } from '@/lib/auth'
import { derived, getSpeakerAliases, getStories } from '@/lib/store/app-store'
import { speakerIndex, stanceLine } from '@/lib/view/speakers'
import { claimViews } from '@/lib/view/claims'
import { statementRows } from '@/lib/view/view-model'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Speakers',
  description: 'Everyone with a statement in any story, with counts by story and camp.',
}

const CELL = 'border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-700'

/** Everyone who has a statement in any story, filed by surname. */
export default async function SpeakersPage() {
  await requireReader('/speakers')
  const [stories, aliases] = await Promise.all([getStories(), getSpeakerAliases()])
  const speakers = speakerIndex(
    stories.map((story) => ({
      storyId: story.id,
      storyTitle: story.title,
      claims: derived(story, 'claims', claimViews),
      rows: derived(story, 'rows', statementRows),
    })),
    aliases,
  )
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Speakers</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Everyone with a statement in any story, filed by surname: {speakers.length.toLocaleString('en')}{' '}
        speakers. A speaker’s page lists every statement they made, across stories, in date order.
      </p>
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
                    {speaker.stories.map((s) => (
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
                </td>
                <td className={CELL}>
                  {speaker.camps.map((c) => (
                    <span key={c.label} className="block">
                      {c.label}: {c.count}
                    </span>
                  ))}
                </td>
                <td className={CELL}>
                  {speaker.claims.map((claim) => (
                    <span key={claim.claimId} className="block">
                      <span className="text-zinc-700 dark:text-zinc-300">“{claim.wording}”:</span>{' '}
                      {stanceLine(claim.counts)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
