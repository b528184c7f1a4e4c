import type { Metadata } from 'next'
import Link from 'next/link'
import { requireReader } from '@/lib/auth'
import { getClaimSummaries } from '@/lib/store/app-store'
import { campStanceLine } from '@/lib/view/claim-pages'

// The claims and their counts come from the store by SQL aggregates, kept until a story changes.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Claims',
  description: 'Every claim, with the stories that use it and each camp’s stances on it.',
}

const CELL = 'border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-700'

/** Every claim, shared across stories, with its stories and each camp's stance counts in each. */
export default async function ClaimsPage() {
  await requireReader('/claims')
  const claims = await getClaimSummaries()
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">Claims</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        Every claim in any story, by wording: {claims.length.toLocaleString('en')} claim
        {claims.length === 1 ? '' : 's'}. A claim keeps one wording in every story that uses it. Stances are
        counted per story and camp, each on this claim only; a claim’s page lists every statement on it.
      </p>
      <div role="region" aria-label="Claims table" tabIndex={0} className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Claims, with their stories and each camp’s stances</caption>
          <thead>
            <tr>
              <th scope="col" className={CELL}>
                Claim
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                Stances
              </th>
              <th scope="col" className={CELL}>
                Stories, and each camp’s stances
              </th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id}>
                <th scope="row" className={`${CELL} font-semibold`}>
                  <Link href={`/claims/${claim.slug}`} className="text-blue-700 underline dark:text-blue-300">
                    {claim.wording}
                  </Link>
                </th>
                <td className={`${CELL} text-right tabular-nums`}>{claim.total}</td>
                <td className={CELL}>
                  <ul className="space-y-2">
                    {claim.stories.map((story) => (
                      <li key={story.storyId}>
                        <Link
                          href={`/stories/${story.storyId}`}
                          className="text-blue-700 underline dark:text-blue-300"
                        >
                          {story.title}
                        </Link>
                        {story.main ? (
                          <span className="text-zinc-700 dark:text-zinc-300"> (its question)</span>
                        ) : null}
                        <ul className="mt-0.5">
                          {story.camps.map((camp) => (
                            <li key={camp.perspectiveId}>
                              {camp.label}: {campStanceLine(camp)}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
