import type { WorkspacePerspective } from '@/lib/view/workspace-data'
import { campColor } from '../camp-colors'

/** The head row of a matrix: a corner saying which way each axis runs, then the camps in story order. */
export function CampHeaderRow({
  corner,
  cornerWidth,
  perspectives,
}: {
  corner: string
  /** A Tailwind width class for the first column. */
  cornerWidth: 'w-32' | 'w-52'
  perspectives: readonly WorkspacePerspective[]
}) {
  return (
    <tr>
      <td
        className={`${cornerWidth} border-b border-zinc-200 px-3 py-2 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-300`}
      >
        {corner}
      </td>
      {perspectives.map((p) => (
        <th
          key={p.id}
          scope="col"
          className={`border-b border-t-4 border-b-zinc-200 px-3 py-2 font-semibold dark:border-b-zinc-700 ${campColor(p.index).rule}`}
        >
          {p.label}
        </th>
      ))}
    </tr>
  )
}
