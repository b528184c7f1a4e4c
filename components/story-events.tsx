import { dateView } from '@/lib/view/source-date'
import type { AnchoredEvent } from '@/lib/story/story-check'
import { CARD } from './card'

/** The reporter's own narration: context for the statements, quoted exactly. */
export function StoryEvents({ events }: { events: AnchoredEvent[] }) {
  if (events.length === 0) return null
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        Context: what the reporter narrates
      </h2>
      <ol className="mt-2 space-y-3">
        {events.map((event) => {
          const date = event.date ? dateView(event.date) : null
          return (
            <li key={event.id} id={`e-${event.id}`} className={`p-4 text-sm ${CARD}`}>
              <p className="font-medium text-zinc-900 dark:text-zinc-50">
                {event.label}
                {date ? (
                  <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-300">{date.display}</span>
                ) : null}
              </p>
              <blockquote
                dir="auto"
                className="mt-1 border-l-2 border-zinc-300 pl-3 text-zinc-700 dark:border-zinc-600 dark:text-zinc-200"
              >
                “{event.text}”
              </blockquote>
              {event.notes.map((note) => (
                <p key={note} className="mt-1 text-zinc-600 dark:text-zinc-300">
                  {note}
                </p>
              ))}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
