import Link from 'next/link'
import type { ToMend } from '@/lib/story/mend'
import { permalink } from '@/lib/view/permalink'

const WHERE: Record<ToMend['kind'], string> = { source: 'Source', camp: 'Camp', statement: 'Statement' }

/**
 * Values stored before today's rules that those rules refuse (lib/story/mend): listed
 * with what is wrong, and where to mend each: the forms below for sources and camps, the
 * statement's Edit on the story page.
 */
export function ValuesToMend({ storyId, items }: { storyId: string; items: readonly ToMend[] }) {
  return (
    <section
      aria-labelledby="mend-heading"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="mend-heading" className="text-lg font-semibold">
        Values to mend ({items.length})
      </h2>
      <p className="mt-1 text-sm">
        These were stored before the checks were what they are. They still show as they are; mend each one:
        sources and camps below, a statement with Edit in its row on the story page.
      </p>
      <ul className="mt-2 space-y-2 text-sm">
        {items.map((item, i) => (
          <li key={i}>
            <span className="font-medium">
              {WHERE[item.kind]}{' '}
              {item.kind === 'statement' ? (
                <Link
                  href={permalink(`/stories/${storyId}`, item.id)}
                  className="text-blue-700 underline dark:text-blue-300"
                >
                  {item.id}
                </Link>
              ) : (
                item.id
              )}
              , {item.field}:
            </span>{' '}
            “<span dir="auto">{item.value}</span>” — {item.problem}
          </li>
        ))}
      </ul>
    </section>
  )
}
