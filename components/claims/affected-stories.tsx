/**
 * The stories a rewording changes, shown before it is saved: the claim keeps one wording
 * everywhere, so each of them changes with it (and takes it as its question where it is
 * their main claim).
 */
export function AffectedStories({
  id,
  stories,
  lead,
}: {
  id: string
  stories: readonly { id: string; title: string; main: boolean }[]
  lead: string
}) {
  if (stories.length === 0) return null
  return (
    <div id={id} className="mt-2 rounded-md border border-amber-600 px-3 py-2 text-sm dark:border-amber-400">
      <p>{lead}</p>
      <ul className="mt-1 list-disc pl-5">
        {stories.map((story) => (
          <li key={story.id}>
            <a
              href={`/stories/${encodeURIComponent(story.id)}`}
              className="text-blue-700 underline dark:text-blue-300"
            >
              {story.title}
            </a>
            {story.main ? ' (its question changes too)' : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}
