import type { RelatedReport } from '@/lib/story/schema'
import { CARD } from './card'

/** Other outlets' reports: context for checking the source, never statement text. */
export function RelatedReports({ reports }: { reports: RelatedReport[] }) {
  if (reports.length === 0) return null
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        Related reports
      </h2>
      <p className="mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-300">
        What other outlets reported, summarised in our words. They inform the caveats and dates; none of them
        is quoted as a statement.
      </p>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {reports.map((report) => (
          <li key={report.url} className={`p-4 text-sm ${CARD}`}>
            <p className="font-medium text-zinc-900 dark:text-zinc-50">{report.publisher}</p>
            <p className="mt-1 text-zinc-700 dark:text-zinc-200">{report.summary}</p>
            <a
              href={report.url}
              rel="noreferrer"
              className="url-text mt-1 block break-all text-blue-700 underline dark:text-blue-300"
            >
              {report.url}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
