import Link from 'next/link'
import { coderEmail } from '@/lib/coding/blind'
import type { BlindCoding } from '@/lib/coding/types'

interface EditorPanelProps {
  storyId: string
  reviews: { id: string; title: string; publisher: string; drafts: number }[]
  /** Articles coded twice, blind: who codes them and whether each is done, nothing more. */
  codings: BlindCoding[]
}

/**
 * What an editor sees on a story page and a reader never does: "Add an article", and
 * how many drafts wait in reviews, with a link to each. Drafts are never counted with
 * the story's statements.
 */
export function EditorPanel({ storyId, reviews, codings }: EditorPanelProps) {
  const waiting = reviews.reduce((sum, r) => sum + r.drafts, 0)
  return (
    <aside
      aria-label="For editors"
      className="mt-3 flex flex-wrap items-baseline gap-x-6 gap-y-2 text-sm print:hidden"
    >
      <Link
        href={`/stories/${storyId}/add`}
        className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-blue-800"
      >
        Add an article
      </Link>
      <Link href={`/stories/${storyId}/feeds`} className="text-blue-700 underline dark:text-blue-300">
        Feeds and inbox
      </Link>
      {reviews.length > 0 && (
        <div>
          <p>
            {waiting} draft{waiting === 1 ? '' : 's'} wait{waiting === 1 ? 's' : ''} in {reviews.length}{' '}
            review
            {reviews.length === 1 ? '' : 's'}, not in the story:
          </p>
          <ul className="list-disc pl-5">
            {reviews.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/stories/${storyId}/reviews/${r.id}`}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {r.title === 'unknown' ? 'Untitled article' : r.title}
                  {r.publisher === 'unknown' ? '' : ` (${r.publisher})`}
                </Link>{' '}
                — {r.drafts} draft{r.drafts === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {codings.length > 0 && (
        <div>
          <p>Coded twice, blind, not yet in the story:</p>
          <ul className="list-disc pl-5">
            {codings.map((c) => (
              <li key={c.codingId}>
                {c.title === 'unknown' ? 'Untitled article' : c.title}
                {c.publisher === 'unknown' ? '' : ` (${c.publisher})`}:{' '}
                {c.settling ? (
                  <Link
                    href={`/stories/${storyId}/codings/${c.codingId}`}
                    className="text-blue-700 underline dark:text-blue-300"
                  >
                    both coders are done; settle their differences
                  </Link>
                ) : (
                  c.coders.map((coder, i) => (
                    <span key={coder.reviewId}>
                      {i > 0 ? ', ' : ''}
                      <Link
                        href={`/stories/${storyId}/reviews/${coder.reviewId}`}
                        className="text-blue-700 underline dark:text-blue-300"
                      >
                        {coderEmail(coder.coder)}
                      </Link>{' '}
                      {coder.done ? 'done' : 'coding'}
                    </span>
                  ))
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  )
}
