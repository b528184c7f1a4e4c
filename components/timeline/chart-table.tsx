'use client'

import { STANCE_FACETS, STANCES } from '@/lib/story/codebook'
import { STANCE_FACET_NAMES } from '@/lib/story/vocabulary'
import { formatIsoDate } from '@/lib/view/source-date'
import { chartTable, type ChartModel } from '@/lib/view/stance-chart'
import type { WorkspacePerspective } from '@/lib/view/workspace-data'

/** The chart's data as a table: the same counts, for screen readers and for checking. */
export function ChartTable({
  model,
  perspectives,
}: {
  model: ChartModel
  perspectives: readonly WorkspacePerspective[]
}) {
  const labels = new Map(perspectives.map((p) => [p.index, p.label]))
  const lines = chartTable(model).filter((line) => labels.has(line.camp))
  // Statements that do not address the claim get a column of their own, when there are any.
  const columns = lines.some((line) => line.counts.none > 0) ? STANCE_FACETS : STANCES
  const cell = 'border-b border-zinc-200 px-2 py-1 dark:border-zinc-700'
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="text-left font-semibold text-zinc-900 dark:text-zinc-50">
        Reviewed statements by camp, {model.mode === 'bins' ? model.period.name : 'day'} and stance
      </caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>
            Camp
          </th>
          <th scope="col" className={cell}>
            {model.mode === 'bins' ? 'Period' : 'Day'}
          </th>
          {columns.map((stance) => (
            <th key={stance} scope="col" className={`${cell} text-right`}>
              {STANCE_FACET_NAMES[stance]}
            </th>
          ))}
          <th scope="col" className={`${cell} text-right`}>
            All
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.camp}:${line.from}`}>
            <th scope="row" className={`${cell} font-normal`}>
              {labels.get(line.camp)}
            </th>
            <td className={cell}>
              {line.from === line.to
                ? formatIsoDate(line.from)
                : `${formatIsoDate(line.from)} – ${formatIsoDate(line.to)}`}
            </td>
            {columns.map((stance) => (
              <td key={stance} className={`${cell} text-right tabular-nums`}>
                {line.counts[stance]}
              </td>
            ))}
            <td className={`${cell} text-right tabular-nums`} data-total>
              {line.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
