import Link from 'next/link'

interface EditorPanelProps {
  storyId: string
  reviews: { id: string; title: string; publisher: string; drafts: number }[]
}

/**
 * What an editor sees on a story page and a reader never does: "Add an article", and
 * how many drafts wait in reviews, with a link to each. Drafts are never counted with
 * the story's statements.
 */
export function EditorPanel({ storyId, reviews }: EditorPanelProps) {
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
    </aside>
  )
}
