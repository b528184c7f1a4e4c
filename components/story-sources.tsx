import type { SourceView } from '@/lib/view/view-model'
import { CARD } from './card'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium text-zinc-600 dark:text-zinc-300">{label}</dt>
      <dd className="min-w-0 break-words text-zinc-900 dark:text-zinc-50">{children}</dd>
    </div>
  )
}

const Unknown = () => <span className="italic">unknown</span>

/**
 * Each source once, numbered in date order, with what is known about it and what is not;
 * rows cite a source by its number. A story with very many sources lists the first few
 * here, to keep the page light.
 */
export function StorySources({
  storyId,
  sources,
  limit = Infinity,
}: {
  storyId: string
  sources: SourceView[]
  limit?: number
}) {
  const shown = sources.length > limit ? sources.slice(0, limit) : sources
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {sources.length === 1 ? 'Source' : 'Sources'}
      </h2>
      <ol className="mt-2 space-y-3">
        {shown.map((source) => (
          <li key={source.id} id={`source-${source.number}`} className={`scroll-mt-24 p-4 text-sm ${CARD}`}>
            <p className="mb-1 font-semibold text-zinc-900 dark:text-zinc-50">
              {sources.length > 1 ? `[${source.number}] ` : ''}
              <a
                href={`/stories/${storyId}/sources/${source.id}`}
                className="font-normal text-blue-700 underline print:hidden dark:text-blue-300"
              >
                Read it with its statements highlighted
                {sources.length > 1 ? <span className="sr-only"> (source {source.number})</span> : null}
              </a>
            </p>
            <dl className="grid gap-1">
              <Fact label="Publisher">{source.publisher ?? <Unknown />}</Fact>
              <Fact label="Title">{source.title ?? <Unknown />}</Fact>
              <Fact label="Date">
                {source.date.display}
                {source.date.reason ? (
                  <span className="block text-zinc-600 dark:text-zinc-300">
                    Why inferred: {source.date.reason}
                  </span>
                ) : null}
              </Fact>
              <Fact label="URL">
                {source.url ? (
                  <a
                    href={source.url}
                    className="url-text break-all text-blue-700 underline dark:text-blue-300"
                    rel="noreferrer"
                  >
                    {source.url}
                  </a>
                ) : (
                  <Unknown />
                )}
              </Fact>
            </dl>
            {source.notes.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-200">
                {source.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {shown.length < sources.length ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-200">
          … and {(sources.length - shown.length).toLocaleString('en')} more sources. Each statement’s row
          names its source; “Show in source” opens the full text.
        </p>
      ) : null}
    </section>
  )
}
